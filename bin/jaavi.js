#!/usr/bin/env node
'use strict';
// The jaavi command. Runs the compiled build (npm run build) when it is at least as new as every
// source file, otherwise the TypeScript sources through SWC, so an edit is never run stale.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const built = path.join(root, 'dist', 'src', 'cli', 'main.js');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

function buildIsFresh() {
  try {
    const builtAt = fs.statSync(built).mtimeMs;
    return ['src', 'migrations', 'seeds'].every((dir) => newest(path.join(root, dir)) <= builtAt);
  } catch {
    return false;
  }
}

let main;
if (buildIsFresh()) {
  main = require(built);
} else {
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(root, 'tsconfig.json');
  require('@swc-node/register');
  main = require('../src/cli/main.ts');
}
main.run(process.argv.slice(2)).then((code) => process.exit(code));
