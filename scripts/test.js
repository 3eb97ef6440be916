#!/usr/bin/env node
'use strict';
// `npm test`: lint, unit tests and the browser end-to-end tests. Every step runs even when an earlier
// one failed, so a unit-test failure never hides (skips) the end-to-end result; the summary at the end
// names each step's outcome, and the exit code is non-zero when any step failed.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  ['lint', ['run', 'lint']],
  ['unit tests', ['run', 'test:unit']],
  ['end-to-end tests', ['run', 'test:e2e']],
];

const results = steps.map(([name, args]) => {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const run = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = run.status === 0;
  return { name, ok, seconds: Math.round((Date.now() - started) / 1000), detail: run.error ? String(run.error) : `exit ${run.status}` };
});

process.stdout.write('\n=== summary ===\n');
for (const r of results) process.stdout.write(`${r.ok ? 'passed' : 'FAILED'}  ${r.name} (${r.seconds} s${r.ok ? '' : `, ${r.detail}`})\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
