import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetDatabase, tableCounts } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { runCli } from '../setup/cli';
import { IMPORT_DATASET } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

const CONTACTS = [
  { type: 'email', value: 'gustav.gronlund@koivula.fi', label: 'työ' },
  { type: 'phone', value: '+358 40 123 4567' },
];

/** T11 with contact details and a language for gustav, and a language only for sanna. */
function withContacts(): Json {
  const dataset = scenarioDataset('T11');
  const persons = list(dataset, 'persons');
  Object.assign(
    persons.find((p) => p.id === 'gustav')!,
    { contact_details: CONTACTS, preferred_lang: 'sv' },
  );
  Object.assign(
    persons.find((p) => p.id === 'sanna')!,
    { preferred_lang: 'fi' },
  );
  return dataset;
}

const PERSON = '{ person(id: "gustav") { name preferredLang contactDetails { type value label } } }';
const LOG = '{ auditLog(action: "personal_data.read") { nodes { actor action subjectId details } } }';

/**
 * Persons' `contact_details` and `preferred_lang` (interchange.md): imported, exported as given,
 * re-imported as unchanged; the contact details are personal data (api.md): administrators and
 * the person concerned read them, and each read is logged; anyone else gets null.
 */
describe('contact details and preferred language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await resetDatabase(t.databaseUrl);
  });

  it('exports them exactly as imported, and a re-import of the export changes nothing (GraphQL and CLI)', async () => {
    const dataset = withContacts();
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();

    const exported = (await t.gql<{ exportDataset: Json }>('{ exportDataset }')).data!.exportDataset;
    const byId = (d: Json) => new Map(list(d, 'persons').map((p) => [p.id, p]));
    expect(byId(exported)).toEqual(byId(dataset));
    const again = await t.gql<{ importDataset: Json }>(IMPORT_DATASET, { dataset: exported });
    expect(again.data!.importDataset).toMatchObject({ created: 0, updated: 0 });

    const dir = mkdtempSync(join(tmpdir(), 'jaavi-contacts-'));
    const env = { DATABASE_URL: t.databaseUrl };
    const out = await runCli(['export', '--out', join(dir, 'out.json')], env);
    expect(out.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Json;
    expect(list(file, 'persons').find((p) => p.id === 'gustav')).toMatchObject({ contact_details: CONTACTS, preferred_lang: 'sv' });
    const reimported = await runCli(['import', join(dir, 'out.json')], env);
    expect(reimported.code).toBe(0);
    expect(JSON.parse(reimported.stdout)).toMatchObject({ created: 0, updated: 0 });
  });

  it('updates a person whose contact details change, and only that person', async () => {
    const dataset = withContacts();
    await t.gql(IMPORT_DATASET, { dataset });
    (list(dataset, 'persons').find((p) => p.id === 'gustav')!.contact_details as Json[])[1].label = 'mobile';
    const changed = await t.gql<{ importDataset: { counts: { persons: Json } } }>(
      'mutation Import($dataset: JSON!) { importDataset(dataset: $dataset) { created updated counts { persons { created updated unchanged } } } }',
      { dataset },
    );
    expect(changed.data!.importDataset).toMatchObject({ created: 0, updated: 1, counts: { persons: { created: 0, updated: 1 } } });
    const read = await t.gql<{ person: { contactDetails: Json[] } }>(PERSON);
    expect(read.data!.person.contactDetails[1]).toEqual({ type: 'phone', value: '+358 40 123 4567', label: 'mobile' });
  });

  it('shows them to administrators and the person concerned, logging each read', async () => {
    await t.gql(IMPORT_DATASET, { dataset: withContacts() });
    const expected = { name: expect.any(String), preferredLang: 'sv', contactDetails: CONTACTS.map((c) => ({ label: null, ...c })) };

    // Own subjects: the audit log outlives the per-test reset.
    const admin = await t.gql<{ person: Json }>(PERSON, {}, await tokenFor({ sub: 'contacts-admin', roles: ['admin'] }));
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.person).toEqual(expected);
    const self = await t.gql<{ person: Json }>(
      PERSON,
      {},
      await tokenFor({ sub: 'contacts-gustav', roles: ['official'], person: 'gustav' }),
    );
    expect(self.errors).toBeUndefined();
    expect(self.data!.person).toEqual(expected);

    const log = (await t.gql<{ auditLog: { nodes: Json[] } }>(LOG)).data!.auditLog.nodes;
    const reads = log.filter((n) => String(n.actor).startsWith('contacts-'));
    expect(reads.map((n) => n.actor).sort()).toEqual(['contacts-admin', 'contacts-gustav']);
    for (const read of reads) {
      expect(read).toMatchObject({ subjectId: 'gustav', details: { what: 'contact_details', count: 2 } });
      // The log says that it was read, never what.
      expect(JSON.stringify(read)).not.toContain('koivula.fi');
    }
  });

  it('gives a secretary, an auditor and another official the language but null contact details, and logs nothing', async () => {
    await t.gql(IMPORT_DATASET, { dataset: withContacts() });
    for (const claims of [
      { sub: 'others-secretary', roles: ['secretary' as const], bodies: ['k-tl'] },
      { sub: 'others-auditor', roles: ['auditor' as const] },
      { sub: 'others-official', roles: ['official' as const], person: 'sanna' },
    ]) {
      const other = await t.gql<{ person: Json }>(PERSON, {}, await tokenFor(claims));
      expect(other.errors).toBeUndefined();
      expect(other.data!.person).toMatchObject({ preferredLang: 'sv', contactDetails: null });
      expect(JSON.stringify(other)).not.toContain('koivula.fi');
      const listed = await t.gql('{ persons(first: 50) { nodes { id contactDetails { value } } } }', {}, await tokenFor(claims));
      expect(JSON.stringify(listed)).not.toContain('koivula.fi');
    }
    const log = (await t.gql<{ auditLog: { nodes: Json[] } }>(LOG)).data!.auditLog.nodes;
    // Sanna listing herself reads her own (empty) contact details; nobody read gustav's.
    const reads = log.filter((n) => String(n.actor).startsWith('others-'));
    expect(reads.filter((n) => n.subjectId === 'gustav')).toEqual([]);
    expect(reads).toEqual([
      { actor: 'others-official', action: 'personal_data.read', subjectId: 'sanna', details: { what: 'contact_details', count: 0 } },
    ]);
  });

  it.each([
    ['value', { type: 'phone', value: '131052-308T' }],
    ['label', { type: 'email', value: 'gustav@koivula.fi', label: 'hetu 131052-308T' }],
  ])('refuses a henkilötunnus in a contact %s, naming its path, and stores nothing', async (field, detail) => {
    // Every table but the rate limiter's request counters.
    const stored = async () => {
      const counts = await tableCounts(t.databaseUrl);
      return counts;
    };
    const before = await stored();
    const dataset = withContacts();
    list(dataset, 'persons').find((p) => p.id === 'gustav')!.contact_details = [CONTACTS[0], detail];
    const result = await t.gql(IMPORT_DATASET, { dataset });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const problems = result.errors![0].extensions!.problems as unknown as { path: string; code: string }[];
    const index = list(dataset, 'persons').findIndex((p) => p.id === 'gustav');
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `persons[${index}].contact_details[1].${field}`, code: 'personal_identity_code' }),
    );
    expect(JSON.stringify(result)).not.toContain('131052-308T');
    expect(await stored()).toEqual(before);

    // The same through the CLI: exit 1, the path named, nothing stored.
    const file = join(mkdtempSync(join(tmpdir(), 'jaavi-contacts-')), 'bad.json');
    writeFileSync(file, JSON.stringify(dataset));
    const cli = await runCli(['import', file], { DATABASE_URL: t.databaseUrl });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(`persons[${index}].contact_details[1].${field}`);
    expect(await stored()).toEqual(before);
  });

  it('refuses an e-mail value that is not an address, by its path', async () => {
    const dataset = withContacts();
    list(dataset, 'persons').find((p) => p.id === 'gustav')!.contact_details = [{ type: 'email', value: 'Gustav Grönlund' }];
    const result = await t.gql(IMPORT_DATASET, { dataset });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const index = list(dataset, 'persons').findIndex((p) => p.id === 'gustav');
    expect(result.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ path: `persons[${index}].contact_details[0].value`, code: 'bad_format' }),
    ]);
  });
});
