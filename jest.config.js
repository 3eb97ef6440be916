// Unit tests (`npm run test:unit`), in two projects so each test gets the environment it needs and
// timeouts that hold on a busy machine. End-to-end browser tests live in test/e2e (jest.e2e.config.js).

/** What every project shares: where tests live and how TypeScript is transformed. */
const shared = {
  rootDir: __dirname,
  roots: ['<rootDir>/test', '<rootDir>/src'],
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
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'node',
      // The engine is pure and must not lean on the DOM; a .ts test that needs one (the ribbon
      // command's page channel, the manifest's XML) opts in with a `/** @jest-environment jsdom */` docblock.
      testEnvironment: 'node',
      testMatch: ['**/*.test.ts'],
      // The test timeout is set in the setup file: jest-circus reads only the global testTimeout, not a project's.
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts', '<rootDir>/test/setup-languages.ts', '<rootDir>/test/setup-node.ts'],
    },
    {
      ...shared,
      displayName: 'jsdom',
      // React components: the task pane and the pane over the real pipeline.
      testEnvironment: 'jsdom',
      testMatch: ['**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts', '<rootDir>/test/setup-languages.ts', '<rootDir>/test/setup-pane.ts'],
    },
  ],
};
