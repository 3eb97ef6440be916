// Setup for the node project (engine, workbook, functions, CLI).
// Property tests and CLI child processes take seconds each when another suite shares the two cores; a
// test that really hangs still ends here. (A project's `testTimeout` in jest.config.js is not applied by
// jest-circus, hence this call.)
jest.setTimeout(60_000);
