import { resetDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { scenarioDataset } from '../support/datasets';
import { loadScenarios } from '../unit/rules/scenario-files';
import { GROUNDS } from '../../src/rules/grounds';
import { citation } from '../../src/rules/i18n';

type Json = Record<string, unknown>;

describe('read API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    // The two scenarios use one item id in different meetings; an import may not move an item
    // to another meeting, so A01's is renamed.
    const a01 = JSON.parse(JSON.stringify(scenarioDataset('A01')).replaceAll('"i-sale"', '"i-sale-0"')) as Json;
    for (const dataset of [scenarioDataset('T44'), a01]) expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
  });

  it('serves the ground table from the engine, and each finding its grounds with statute and title', async () => {
    const table = await t.gql<{ grounds: Json[] }>(`{ grounds { code statute titleFi titleSv titleEn citationSv validFrom } }`);
    expect(table.data!.grounds).toEqual(
      GROUNDS.map((g) => ({
        code: g.code,
        statute: g.statute,
        titleFi: g.title.fi,
        titleSv: g.title.sv,
        titleEn: g.title.en,
        citationSv: citation(g.ref, 'sv'),
        validFrom: g.validFrom,
      })),
    );
    const meetingId = loadScenarios().find((s) => s.scenario === 'A01')!.expect.meeting_id;
    const check = await t.gql<{ meetingCheck: { items: { findings: { grounds: string[]; outcome: string; groundDetails: Json[] }[] }[] } }>(
      `query($m: ID!) { meetingCheck(meetingId: $m) { items { findings { grounds outcome groundDetails { code statute } } } } }`,
      { m: meetingId },
    );
    const findings = check.data!.meetingCheck.items.flatMap((i) => i.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.groundDetails).toEqual(f.grounds.map((code) => ({ code, statute: GROUNDS.find((g) => g.code === code)!.statute })));
    }
    const finding = await t.gql<{
      __type: { fields: { name: string; type: { kind: string; name: string | null; ofType: { name: string } | null } }[] };
    }>(`{ __type(name: "Finding") { fields { name type { kind name ofType { name } } } } }`);
    const typeOf = (name: string) => {
      const type = finding.data!.__type.fields.find((f) => f.name === name)!.type;
      return type.name ?? type.ofType!.name;
    };
    expect([typeOf('outcome'), typeOf('capacity'), typeOf('lean')]).toEqual(['Outcome', 'Capacity', 'Lean']);
  });

  it('answers /health with the database state', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('lists organisations by kind and parent, page by page', async () => {
    const query = `query($c: Classification, $p: ID, $after: String) {
      organizations(classification: $c, parentId: $p, first: 2, after: $after) { nodes { id classification parentId } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { organizations: { nodes: Json[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await t.gql(
        query,
        { p: 'k', after },
      );
      seen.push(...page.data!.organizations.nodes.map((n) => String(n.id)));
      if (!page.data!.organizations.pageInfo.hasNextPage) break;
      after = page.data!.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(['k-kh', 'k-kv', 'k-sl', 'k-tarkl', 'k-tl', 'kvesi']);
    const councils = await t.gql<{ organizations: { nodes: Json[] } }>(query, { c: 'council' });
    expect(councils.data!.organizations.nodes.every((n) => n.classification === 'council')).toBe(true);
  });

  it('shows a body with its members and deputies on a date', async () => {
    const result = await t.gql<{ organization: { name: string; members: Json[] } }>(
      `{ organization(id: "k-kh") { name seats members(on: "2026-03-10") { personId role deputyForId } } }`,
    );
    expect(result.errors).toBeUndefined();
    const members = result.data!.organization.members;
    expect(members.filter((m) => m.role === 'member').map((m) => m.personId)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'anna', 'ben']);
    expect(members.filter((m) => m.role === 'deputy').every((m) => typeof m.deputyForId === 'string')).toBe(true);
    const before = await t.gql<{ organization: { members: Json[] } }>(
      `{ organization(id: "k-kh") { members(on: "2025-05-31") { personId } } }`,
    );
    expect(before.data!.organization.members).toEqual([]);
  });

  it('shows a person with memberships over time', async () => {
    const result = await t.gql<{ person: { memberships: Json[] } }>(
      `{ person(id: "a1") { id name memberships { organizationId role startDate endDate } } }`,
    );
    expect(result.data!.person.memberships.map((m) => m.organizationId)).toEqual(expect.arrayContaining(['k-kh', 'h-ah']));
  });

  it('lists meetings and shows the agenda with its minutes', async () => {
    const list = await t.gql<{ meetings: { nodes: Json[] } }>(`{ meetings(bodyId: "k-kh") { nodes { id date status itemCount } } }`);
    expect(list.data!.meetings.nodes.map((m) => m.id).sort()).toEqual(['kh-0', 'kh-1']);
    const meeting = await t.gql<{ meeting: { agenda: Json[] } }>(
      `{ meeting(id: "kh-0") { status agenda { id title relatedEntities { entityId role note } record { participants recusals { personId decidedBy } } } } }`,
    );
    expect(meeting.data!.meeting.agenda[0].record).toMatchObject({ recusals: [{ personId: 'ben', decidedBy: 'self' }] });
  });

  it('refuses too costly or too deep queries before running them', async () => {
    const costly = await t.gql(`{ organizations(first: 100000) { nodes { id } } }`);
    expect(costly.data).toBeUndefined();
    expect(costly.errors![0].message).toMatch(/Cost limit/);
    const fields = Array.from({ length: 12 }, () => 'pageInfo { hasNextPage }').join(' ');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: organizations(first: 1) { ${fields} }`).join(' ');
    const many = await t.gql(`{ ${aliases} }`);
    expect(many.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(many.data).toBeUndefined();
  });

  it('answers NOT_FOUND and BAD_USER_INPUT with the field, without internals', async () => {
    const missing = await t.gql(`{ meeting(id: "nope") { id } }`);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const badDate = await t.gql(`{ organization(id: "k-kh") { members(on: "2026-02-30") { personId } } }`);
    expect(badDate.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const badPage = await t.gql(`{ organizations(first: 0) { nodes { id } } }`);
    expect(badPage.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badPage.errors)).toContain('first');
    const badCursor = await t.gql(`{ organizations(after: "garbage") { nodes { id } } }`);
    expect(badCursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([missing, badDate, badPage, badCursor])).not.toMatch(/stack|select |at .*\.ts/);
  });
});
