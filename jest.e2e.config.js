// End-to-end tests (`npm run test:e2e`): drive the built dist/ in a real browser, so they are slow and
// run after `webpack --mode production`. Same TypeScript transform as the unit tests' node project.
const {
  projects: [node],
} = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...node,
  displayName: 'e2e',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};
