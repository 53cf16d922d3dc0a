import fc from 'fast-check';
import { PROBLEM_CODES, type ValidationResult, hetuCheckChar, validateDataset } from '../../../src/import/validation';
import { type Doc, baseDataset } from './fixtures/base-dataset';

type Segment = string | number;

/** Paths of every string value in a document. */
function stringPaths(node: unknown, at: Segment[] = []): Segment[][] {
  if (typeof node === 'string') return [at];
  if (Array.isArray(node)) return node.flatMap((child, i) => stringPaths(child, [...at, i]));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, child]) => stringPaths(child, [...at, key]));
  return [];
}

/** Paths of every value (containers included, the root excluded). */
function allPaths(node: unknown, at: Segment[] = []): Segment[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(node)) return [...here, ...node.flatMap((child, i) => allPaths(child, [...at, i]))];
  if (typeof node === 'object' && node !== null)
    return [...here, ...Object.entries(node).flatMap(([key, child]) => allPaths(child, [...at, key]))];
  return here;
}

function setAt(doc: Doc, path: readonly Segment[], value: unknown): void {
  let node = doc;
  for (const segment of path.slice(0, -1)) node = node[segment];
  node[path[path.length - 1]] = value;
}

const STRING_PATHS = stringPaths(baseDataset());
const ALL_PATHS = allPaths(baseDataset());

const fragments = fc.constantFrom(
  "'; DROP TABLE persons; --",
  "Robert'); DELETE FROM memberships WHERE ('1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '../../etc/passwd',
  'Åsa Öhman-Äijälä',
  'Sääksjärven kunnanvaltuusto – Säkkijärvi',
  'Välfärdsområdet Österbotten',
  '\u0000\u0001\u0007\u001b[31m\u007f',
  '\r\n\t\v\f',
  '\u202e\u200b\ufeff',
  '\ud800',
  '𝔍𝔞𝔞𝔳𝔦 🏛️',
  '2026-02-30',
  '2026-03-10T14:00:00+02:00',
  '0204819-8',
  '1e400',
  '',
);

const hostileString = fc.oneof(
  fragments,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fragments, { maxLength: 6 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fragments, fc.integer({ min: 1_000, max: 250_000 }))
    .map(([part, times]) => part.repeat(Math.ceil(times / Math.max(part.length, 1)))),
);

function expectWellFormed(result: ValidationResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const item of result.problems) {
    expect(typeof item.path).toBe('string');
    expect(typeof item.message).toBe('string');
    expect(PROBLEM_CODES).toContain(item.code);
  }
}

describe('validateDataset on hostile input', () => {
  it('never throws when any string fields hold hostile strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(STRING_PATHS.length - 1), hostileString), { minLength: 1, maxLength: 5 }), (edits) => {
        const doc = baseDataset();
        for (const [index, value] of edits) setAt(doc, STRING_PATHS[index], value);
        expectWellFormed(validateDataset(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when any value is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(ALL_PATHS.length - 1), fc.jsonValue({ maxDepth: 4 })), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const doc = baseDataset();
          for (const [index, value] of edits) {
            try {
              setAt(doc, ALL_PATHS[index], value);
            } catch {
              // An earlier edit replaced an ancestor of this path; nothing left to edit.
            }
          }
          expectWellFormed(validateDataset(doc));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary values as the whole document', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (doc) => {
        expectWellFormed(validateDataset(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a personal identity code placed in any string field, without repeating it', () => {
    const hetu = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        year: fc.integer({ min: 0, max: 99 }),
        sign: fc.constantFrom('-', '+', 'A', 'B', 'F', 'U', 'Y'),
        individual: fc.integer({ min: 2, max: 899 }),
      })
      .map(({ day, month, year, sign, individual }) => {
        const birth = [day, month, year].map((n) => String(n).padStart(2, '0')).join('');
        const number = String(individual).padStart(3, '0');
        return `${birth}${sign}${number}${hetuCheckChar(birth, number)}`;
      });
    fc.assert(
      fc.property(fc.nat(STRING_PATHS.length - 1), hetu, fc.constantFrom('', 'hetu ', '(', 'Nimi: '), (index, code, prefix) => {
        const doc = baseDataset();
        setAt(doc, STRING_PATHS[index], `${prefix}${code}`);
        const result = validateDataset(doc);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.problems.map((item) => item.code)).toContain('personal_identity_code');
        expect(JSON.stringify(result)).not.toContain(code);
      }),
      { numRuns: 200 },
    );
  });

  it('survives values nested far deeper than the schema', () => {
    let deep: unknown = '131052-308T';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = baseDataset();
    doc.persons[0].extra = deep;
    const result = validateDataset(doc);
    expect(result.ok ? [] : result.problems.map((item) => item.path)).toEqual(['persons[0].extra']);
  });

  it('stays fast on a document with thousands of problems', () => {
    const doc = baseDataset();
    for (let i = 0; i < 3000; i++) {
      doc.memberships.push({
        id: `m-${i}`,
        person_id: `p-${i}`,
        organization_id: 'k-xx',
        role: 'member',
        start_date: '2025-02-30',
        junk: i,
      });
    }
    const started = Date.now();
    const result = validateDataset(doc);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.ok ? 0 : result.problems.length).toBe(4 * 3000);
  });
});
