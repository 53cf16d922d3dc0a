/**
 * The engine is pure (house style): nothing in src/rules may import from outside the folder,
 * use a package or Node built-in, or read the clock.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../src/rules');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const sources = files(root).map((file) => [path.relative(root, file), fs.readFileSync(file, 'utf8')] as const);
const SPECIFIER =
  /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('src/rules is self-contained and pure', () => {
  it('has files to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)('%s imports only from src/rules', (file, text) => {
    const outside: string[] = [];
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (!spec.startsWith('.')) {
        outside.push(spec);
        continue;
      }
      const target = path.resolve(path.dirname(path.join(root, file)), spec);
      if (target !== root && !target.startsWith(root + path.sep)) outside.push(spec);
    }
    expect(outside).toEqual([]);
  });

  it.each(sources)('%s reads no clock and no randomness', (_file, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(\s*\)|Math\.random\(|performance\.now\(|process\./);
  });
});

describe('the import check itself', () => {
  it.each([
    ["import { x } from '@nestjs/common';", '@nestjs/common'],
    ["import * as fs from 'node:fs';", 'node:fs'],
    ["export { y } from '../config/env';", '../config/env'],
    ["const z = require('lodash');", 'lodash'],
  ])('catches %s', (line, spec) => {
    expect([...line.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3])).toEqual([spec]);
  });
});
