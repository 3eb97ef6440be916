#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is TypeScript compiled to lib/ by `npm run build:cli` (also run on `npm install`
// via the prepare script). Setting exitCode instead of calling process.exit lets stdout drain.
const { main } = require('../lib/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = typeof code === 'number' ? code : 0;
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
