import { Client } from 'pg';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

const MEMBERSHIPS = `query Memberships($id: ID!) { person(id: $id) { memberships { id note deputyOrder } } }`;
const SEATS = `query Seats($id: ID!, $on: Date!) { organization(id: $id) { members(on: $on) { id note } } }`;

/**
 * `membership.note`, the column added to show what a new column costs (issue 12): the entity,
 * the repository's column list, the migration, the JSON schema and the GraphQL model. Through
 * the public interface it is imported, read, exported, re-imported unchanged, kept in history
 * and validated like every other field.
 */
describe('membership note (a column added through its repository)', () => {
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

  it('is imported, read in GraphQL, exported, and re-imported as unchanged', async () => {
    const dataset = scenarioDataset('T44');
    const seat = list(dataset, 'memberships')[0];
    seat.note = 'valittu kunnanvaltuuston kokouksessa 12.6.2025 § 40';
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();

    const read = await t.gql<{ person: { memberships: Json[] } }>(MEMBERSHIPS, { id: seat.person_id });
    expect(read.errors).toBeUndefined();
    const mine = read.data!.person.memberships;
    expect(mine.find((m) => m.id === seat.id)).toMatchObject({ note: seat.note });
    expect(mine.filter((m) => m.id !== seat.id).every((m) => m.note === null)).toBe(true);

    const seats = await t.gql<{ organization: { members: Json[] } }>(SEATS, { id: seat.organization_id, on: seat.start_date });
    expect(seats.errors).toBeUndefined();
    expect(seats.data!.organization.members.find((m) => m.id === seat.id)).toMatchObject({ note: seat.note });

    const exported = (await t.gql<{ exportDataset: Json }>('{ exportDataset }')).data!.exportDataset;
    const memberships = list(exported, 'memberships');
    expect(memberships.find((m) => m.id === seat.id)).toMatchObject({ note: seat.note });
    expect(memberships.filter((m) => 'note' in m)).toHaveLength(1);

    const again = await t.gql<{ importDataset: Json }>(IMPORT_DATASET, { dataset: exported });
    expect(again.data!.importDataset).toMatchObject({ created: 0, updated: 0 });
  });

  it('changes the membership when edited, and the earlier version is kept as known before', async () => {
    const dataset = scenarioDataset('T44');
    const seat = list(dataset, 'memberships')[0];
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    seat.note = 'täydennetty';
    const changed = await t.gql<{ importDataset: { counts: { memberships: Json } } }>(IMPORT_DATASET, { dataset });
    expect(changed.data!.importDataset.counts.memberships).toMatchObject({ created: 0, updated: 1 });

    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const at = async (instant: Date) =>
        (await client.query('select note from membership_known_on($1) where id = $2', [instant.toISOString(), seat.id])).rows;
      expect(await at(before)).toEqual([{ note: null }]);
      expect(await at(new Date())).toEqual([{ note: 'täydennetty' }]);
    } finally {
      await client.end();
    }
  });

  it('is validated like every other field: too long, or the wrong type, is refused by path', async () => {
    const dataset = scenarioDataset('T44');
    list(dataset, 'memberships')[1].note = 'x'.repeat(2001);
    list(dataset, 'memberships')[2].note = 7;
    const result = await t.gql(IMPORT_DATASET, { dataset });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (result.errors?.[0]?.extensions?.problems ?? []).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['memberships[1].note', 'memberships[2].note']));
  });
});
