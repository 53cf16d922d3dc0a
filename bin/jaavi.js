#!/usr/bin/env node
'use strict';
// The jaavi command: runs the TypeScript sources through SWC (no build step to forget).
const path = require('node:path');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
const { run } = require('../src/cli/main.ts');
run(process.argv.slice(2)).then((code) => process.exit(code));
