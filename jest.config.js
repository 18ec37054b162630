/** Unit, integration and browser tests (test/e2e drives Debian's Chromium; see README). */
const transpile = { isolatedModules: true, diagnostics: false };

module.exports = {
  // Shares Node's typed-array constructors with the test realm so onnxruntime accepts tensors (see the file).
  testEnvironment: './test/vector/onnx-environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // A test that asserts nothing fails (see the file).
  setupFilesAfterEnv: ['<rootDir>/test/helpers/every-test-asserts.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', transpile],
    // The meilisearch client ships ES modules only; jest 29 loads CommonJS, so it is transpiled like our code.
    '/node_modules/meilisearch/.+\\.js$': ['ts-jest', { ...transpile, tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  testTimeout: 60000,
};
