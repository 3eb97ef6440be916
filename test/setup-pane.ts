// Setup for the jsdom project (React component tests).
import { configure } from '@testing-library/react';

// A pane test clicks through several renders of Fluent UI in jsdom: seconds each on a loaded machine.
// (A project's `testTimeout` in jest.config.js is not applied by jest-circus, hence this call.)
jest.setTimeout(90_000);

// findBy*/waitFor give up after 1 s by default. On a machine running other suites a pane render plus a
// preview run can take longer than that without anything being wrong; the test timeout above still ends
// a test that really hangs. An element that is there is found as fast as before.
configure({ asyncUtilTimeout: 15_000 });
