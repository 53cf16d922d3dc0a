import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderStatements } from '../database/rendered-sql';
import { STATEMENT_SOURCES } from '../database/statement-sources';

const ROOT = join(__dirname, '..', '..');

/**
 * Writes each repository's rendered statements to `<repository>.sql` beside it; with `--check`,
 * fails when a committed file differs from what the code renders.
 */
function main(): number {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const source of STATEMENT_SOURCES) {
    const file = join(ROOT, `${source.file}.sql`);
    const rendered = renderStatements(source);
    if (!check) {
      writeFileSync(file, rendered);
      process.stderr.write(`wrote ${source.file}.sql\n`);
      continue;
    }
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      committed = '';
    }
    if (committed !== rendered) {
      stale += 1;
      process.stderr.write(`${source.file}.sql is out of date: run \`npm run sql\` and commit the result\n`);
    }
  }
  return stale === 0 ? 0 : 1;
}

process.exitCode = main();
