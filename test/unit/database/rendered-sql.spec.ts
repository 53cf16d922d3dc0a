import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderStatements } from '../../../src/database/rendered-sql';
import { STATEMENT_SOURCES } from '../../../src/database/statement-sources';

const ROOT = join(__dirname, '..', '..', '..');

describe('rendered SQL beside each repository', () => {
  it.each(STATEMENT_SOURCES.map((s) => [s.file, s] as const))('%s.sql is what the code runs (npm run sql)', (file, source) => {
    expect(readFileSync(join(ROOT, `${file}.sql`), 'utf8')).toBe(renderStatements(source));
  });

  it('names every statement once and renders each as one statement', () => {
    for (const source of STATEMENT_SOURCES) {
      const rendered = renderStatements(source);
      const names = [...rendered.matchAll(/^-- name: (\S+)$/gm)].map((m) => m[1]);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual(Object.keys(source.statements()));
    }
  });
});
