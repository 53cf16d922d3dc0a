import fc from 'fast-check';
import { resetDatabase, tableCounts } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

/** Strings an attacker or a careless copy-paste would send. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "'; drop table person; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'Åland ÄÖ åäö Ærø',
    '\u0000\u0001\u001b[31m',
    '131052-308T',
    '%_\\',
    '{"$ne": null}',
  ),
  fc.string({ minLength: 600, maxLength: 3000 }),
);

/** Every string-valued path in a document. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function setAt(document: Json, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = document;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

describe('hostile input', () => {
  let t: TestApp;
  const base = scenarioDataset('T11');
  const paths = stringPaths(base).filter((p) => p[0] !== 'format');

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: base })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
  });

  it('never breaks the import, and a rejected file changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), hostile, async (path, text) => {
        const exportBefore = (await t.gql<{ exportDataset: Json }>('{ exportDataset }')).data!.exportDataset;
        const before = await tableCounts(t.databaseUrl);
        const document = structuredClone(base);
        setAt(document, path, text);
        const result = await t.gql(IMPORT_DATASET, { dataset: document });
        const code = result.errors?.[0]?.extensions?.code;
        expect(code === undefined || code === 'BAD_USER_INPUT').toBe(true);
        if (code === 'BAD_USER_INPUT') {
          expect(await tableCounts(t.databaseUrl)).toEqual(before);
          const exportAfter = (await t.gql<{ exportDataset: Json }>('{ exportDataset }')).data!.exportDataset;
          expect(exportAfter).toEqual(exportBefore);
        } else {
          // Accepted: put the registry back as it was for the next run.
          await t.gql(IMPORT_DATASET, { dataset: base });
        }
      }),
      { numRuns: 20, seed: 20261128 },
    );
  });

  it('never gives an internal error for hostile arguments, whoever asks', async () => {
    const tokens = [
      null,
      await tokenFor({ sub: 'a', roles: ['admin'] }),
      await tokenFor({ sub: 's', roles: ['secretary'], bodies: ['k-tl'] }),
      await tokenFor({ sub: 'o', roles: ['official'], person: 'gustav' }),
    ];
    const queries = [
      'query($v: ID!) { meeting(id: $v) { id } }',
      'query($v: ID!) { meetingCheck(meetingId: $v) { runId } }',
      'query($v: ID!) { person(id: $v) { id relationships { kind } } }',
      'query($v: String) { persons(nameContains: $v) { nodes { id } } }',
      'query($v: String) { organizations(after: $v) { nodes { id } } }',
      'query($v: ID) { meetings(bodyId: $v) { nodes { id } } }',
      'query($v: String) { auditLog(action: $v) { nodes { id } } }',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...queries), fc.constantFrom(...tokens), hostile, async (query, token, value) => {
        const result = await t.gql(query, { v: value }, token);
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          expect(JSON.stringify(error)).not.toMatch(/stack|\bselect\b.*\bfrom\b|\.ts:\d+/i);
        }
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
