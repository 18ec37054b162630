/** Unit and integration tests; browser tests live in test/e2e and need Chromium (see README). */
module.exports = {
  // Shares Node's typed-array constructors with the test realm so onnxruntime accepts tensors (see the file).
  testEnvironment: './test/vector/onnx-environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  testTimeout: 60000,
};
