// Loaded before every test file (jest.config.js setupFilesAfterEnv): a test that makes no assertion fails, so none
// can pass by merely running.
beforeEach(() => {
  expect.hasAssertions();
});
