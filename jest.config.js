// Unit tests (`npm run test:unit`). End-to-end browser tests live in test/e2e and use jest.e2e.config.js.
/** @type {import('jest').Config} */
module.exports = {
  // Node by default (the engine is pure and must not lean on the DOM); a test that needs the DOM opts in
  // with a `/** @jest-environment jsdom */` docblock.
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/dist/', '<rootDir>/lib/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Overrides merged over tsconfig.json. Jest runs CommonJS, and isolatedModules makes ts-jest
        // transpile file by file (fast; type checking is `tsc --noEmit` in `npm run lint`).
        tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
};
