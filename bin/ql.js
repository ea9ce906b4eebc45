#!/usr/bin/env node
// The `ql` command line. TypeScript sources run through tsx, so a fresh clone needs no build step.
require('tsx/cjs');
const { main } = require('../src/local/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
