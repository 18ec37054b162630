/** Unit, integration and browser tests (test/e2e drives Debian's Chromium; see README). */
module.exports = {
  // Shares Node's typed-array constructors with the test realm so onnxruntime accepts tensors (see the file).
  testEnvironment: './test/vector/onnx-environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // A test that asserts nothing fails (see the file).
  setupFilesAfterEnv: ['<rootDir>/test/helpers/every-test-asserts.ts'],
  transform: {
    // Type-checked against tsconfig.json: a type error in a test or in the code it loads fails that test file.
    '^.+\\.ts$': ['ts-jest', { diagnostics: true }],
    // The meilisearch client and feed ship ES modules only; jest 29 loads CommonJS, so they are transpiled (not checked) like our code.
    '/node_modules/(meilisearch|feed)/.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|feed)/)'],
  testTimeout: 60000,
};
