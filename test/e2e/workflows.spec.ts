import { EntityManager } from '@mikro-orm/postgresql';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';
import { loadScenarios } from '../unit/rules/scenario-files';
import { readMeeting } from '../../src/meetings/meeting-reader';

type Json = Record<string, unknown>;

interface CheckAnswer {
  meetingCheck: {
    runId: string;
    items: {
      itemId: string;
      findings: { id: string; personId: string; outcome: string; grounds: string[]; decision: Json | null }[];
      notes: { personId: string | null; text: string }[];
    }[];
    changes: { newFindings: Json[]; removedFindings: Json[]; changedFindings: Json[]; summonsChanged: string[] } | null;
  };
}

const CHECK_WITH_CHANGES = MEETING_CHECK.replace(
  'notes { personId text }',
  'notes { personId text } findings { id decision { status note by } }',
).replace(
  'runId createdAt',
  'runId createdAt changes { previousRunId newFindings { itemId personId } removedFindings { itemId personId } changedFindings { itemId personId } summonsChanged quorumChanged }',
);

describe('workflows', () => {
  let t: TestApp;
  let secretary: string;
  let anna: string;
  let kaisa: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    secretary = await tokenFor({ sub: 'secretary-k', roles: ['secretary'], bodies: ['k-kh'] });
    anna = await tokenFor({ sub: 'anna-login', roles: ['official'], person: 'anna' });
    kaisa = await tokenFor({ sub: 'kaisa-login', roles: ['official'], person: 'kaisa' });
    auditor = await tokenFor({ sub: 'auditor', roles: ['auditor'] });
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
  });

  it('secretary: builds an agenda, checks it, decides findings, sees it go stale and what changed', async () => {
    const created = await t.gql<{ createMeeting: { id: string; version: number } }>(
      'mutation { createMeeting(input: { id: "kh-2", bodyId: "k-kh", name: "Kaupunginhallitus 2/2026", startsAt: "2026-04-14T14:00:00+03:00" }) { id version } }',
      {},
      secretary,
    );
    expect(created.errors).toBeUndefined();
    const added = await t.gql(
      `mutation { addAgendaItem(input: { meetingId: "kh-2", id: "kh-2-1", title: "Vuokrasopimus Hyvinvointialue H:n kanssa",
         relatedEntities: [{ entityType: organization, entityId: "h", role: party, note: "vuokralainen" },
                           { entityType: organization, entityId: "k", role: party, note: "vuokranantaja" }] }) { agenda { id version } } }`,
      {},
      secretary,
    );
    expect(added.errors).toBeUndefined();

    const first = await t.gql<CheckAnswer>(CHECK_WITH_CHANGES, { meetingId: 'kh-2' }, secretary);
    expect(first.errors).toBeUndefined();
    expect(first.data!.meetingCheck.changes).toBeNull();
    const finding = first.data!.meetingCheck.items[0].findings.find((f) => f.personId === 'anna')!;
    expect(finding.outcome).toBe('disqualified');

    const noReason = await t.gql(`mutation { dismissFinding(id: "${finding.id}", reason: "  ") { status } }`, {}, secretary);
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const confirmed = await t.gql<{ confirmFinding: Json }>(
      `mutation { confirmFinding(id: "${finding.id}", note: "Hallitus totesi") { status by at } }`,
      {},
      secretary,
    );
    expect(confirmed.data!.confirmFinding).toMatchObject({ status: 'confirmed', by: 'secretary-k' });

    // The body's decision is a fact the check reads (it drives the summons): the last run is stale until checked again.
    const status = () =>
      t.gql<{ meeting: { checkStatus: { stale: boolean; lastRunId: string } } }>(
        '{ meeting(id: "kh-2") { checkStatus { stale lastRunId } } }',
        {},
        secretary,
      );
    expect((await status()).data!.meeting.checkStatus).toEqual({ stale: true, lastRunId: first.data!.meetingCheck.runId });
    const decided = await t.gql<CheckAnswer>(CHECK_WITH_CHANGES, { meetingId: 'kh-2' }, secretary);
    expect((await status()).data!.meeting.checkStatus).toEqual({ stale: false, lastRunId: decided.data!.meetingCheck.runId });

    // The registry changes: Kaisa joins the county board too.
    const dataset = scenarioDataset('T01');
    list(dataset, 'memberships').push({
      id: 'ms-kaisa-h-ah',
      person_id: 'kaisa',
      organization_id: 'h-ah',
      role: 'member',
      start_date: '2026-01-01',
    });
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const stale = await t.gql<{ meeting: { checkStatus: { stale: boolean } } }>(
      '{ meeting(id: "kh-2") { checkStatus { stale } } }',
      {},
      secretary,
    );
    expect(stale.data!.meeting.checkStatus.stale).toBe(true);

    const second = await t.gql<CheckAnswer>(CHECK_WITH_CHANGES, { meetingId: 'kh-2' }, secretary);
    expect(second.data!.meetingCheck.changes).toMatchObject({
      previousRunId: decided.data!.meetingCheck.runId,
      newFindings: [{ itemId: 'kh-2-1', personId: 'kaisa' }],
      removedFindings: [],
      changedFindings: [],
      summonsChanged: ['kh-2-1'],
    });
    // The unchanged finding keeps the body's decision.
    const annaAgain = second.data!.meetingCheck.items[0].findings.find((f) => f.personId === 'anna')!;
    expect(annaAgain.decision).toMatchObject({ status: 'confirmed', note: 'Hallitus totesi' });
  });

  it('secretary: two edits of the same version — the second gets CONFLICT and changes nothing', async () => {
    const item = await t.gql<{ meeting: { agenda: { id: string; version: number; description: string }[] } }>(
      '{ meeting(id: "kh-1") { agenda { id version description } } }',
    );
    const { version } = item.data!.meeting.agenda[0];
    const edit = (text: string) =>
      t.gql(
        `mutation($v: Int!) { updateAgendaItem(input: { id: "i-sale", version: $v, description: "${text}" }) { agenda { version description } } }`,
        { v: version },
        secretary,
      );
    const [a, b] = [await edit('Ensimmäinen muutos'), await edit('Toinen muutos')];
    expect(a.errors).toBeUndefined();
    expect(b.errors![0].extensions!.code).toBe('CONFLICT');
    const after = await t.gql<{ meeting: { agenda: { version: number; description: string }[] } }>(
      '{ meeting(id: "kh-1") { agenda { version description } } }',
    );
    expect(after.data!.meeting.agenda[0]).toEqual({ version: version + 1, description: 'Ensimmäinen muutos' });
  });

  it('secretary: an edit naming something unknown is refused with the field path', async () => {
    const result = await t.gql(
      'mutation { addAgendaItem(input: { meetingId: "kh-1", title: "X", relatedEntities: [{ entityType: organization, entityId: "nope", role: party }] }) { id } }',
      {},
      secretary,
    );
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.problems).toEqual([
      { path: 'input.relatedEntities[0].entityId', message: 'no organization "nope"' },
    ]);
  });

  it('secretary: the summons list, as JSON and as a printable document', async () => {
    const summons = await t.gql<{ summonsList: Json[] }>(
      '{ summonsList(meetingId: "kh-1") { deputyPersonId deputyName items { itemId title forPersonId status reason } } }',
      {},
      secretary,
    );
    expect(summons.data!.summonsList).toEqual([
      {
        deputyPersonId: 'bertta',
        deputyName: 'Bertta',
        items: [
          {
            itemId: 'i-sale',
            title: expect.any(String),
            forPersonId: 'anna',
            status: 'summon',
            reason: 'Anna on esteellinen (HL 28 § 1 mom. 5 k. (yhteisöjäävi)).',
          },
        ],
      },
    ]);
    const html = await t.gql<{ summonsDocument: string }>('{ summonsDocument(meetingId: "kh-1") }', {}, secretary);
    expect(html.data!.summonsDocument).toMatch(/^<!doctype html>/);
    expect(html.data!.summonsDocument).toContain('<html lang="fi">');
    expect(html.data!.summonsDocument).toContain('Bertta');
  });

  it('after the meeting: minutes recorded, then the audit finds the missed recusal', async () => {
    const meeting = await t.gql<{ meeting: { agenda: { version: number }[] } }>('{ meeting(id: "kh-1") { agenda { version } } }');
    const recorded = await t.gql(
      `mutation($v: Int!) { recordMinutes(input: { itemId: "i-sale", version: $v, participants: ["anna", "kaisa"],
         recusals: [{ personId: "kaisa", grounds: [], decidedBy: "self" }], substitutes: [] }) { agenda { record { participants } } } }`,
      { v: meeting.data!.meeting.agenda[0].version },
      secretary,
    );
    expect(recorded.errors).toBeUndefined();
    const audit = await t.gql<{ meetingAudit: { items: Json[] } }>(
      '{ meetingAudit(meetingId: "kh-1") { items { itemId missedRecusals { personId grounds } unfoundedRecusals { personId } } } }',
      {},
      auditor,
    );
    expect(audit.data!.meetingAudit.items[0]).toMatchObject({
      missedRecusals: [{ personId: 'anna', grounds: ['HL28_1_5'] }],
      unfoundedRecusals: [{ personId: 'kaisa' }],
    });
  });

  it('official: sees only their own warnings, declares an interest and announces a recusal', async () => {
    const mine = await t.gql<{ myWarnings: Json[] }>(
      '{ myWarnings(from: "2026-01-01") { meetingId itemId personId outcome grounds explanation } }',
      {},
      anna,
    );
    expect(mine.data!.myWarnings).toEqual([
      expect.objectContaining({ meetingId: 'kh-1', itemId: 'i-sale', personId: 'anna', outcome: 'disqualified', grounds: ['HL28_1_5'] }),
    ]);
    const upcoming = await t.gql<{ myWarnings: Json[] }>('{ myWarnings { itemId } }', {}, anna);
    expect(upcoming.data!.myWarnings).toEqual([]);
    const others = await t.gql<{ myWarnings: Json[] }>('{ myWarnings(from: "2026-01-01") { personId } }', {}, kaisa);
    expect(others.data!.myWarnings).toEqual([]);

    const declared = await t.gql<{ declareInterest: Json[] }>(
      'mutation { declareInterest(input: { organizationId: "h", kind: other, description: "Hyvinvointialueen sopimuslääkäri", startDate: "2026-01-01" }) { organizationId kind } }',
      {},
      kaisa,
    );
    expect(declared.data!.declareInterest).toEqual([{ organizationId: 'h', kind: 'other' }]);
    const announced = await t.gql(
      'mutation { announceRecusal(itemId: "i-sale", grounds: ["HL28_1_3"], note: "sopimuslääkäri") { id } }',
      {},
      kaisa,
    );
    expect(announced.errors).toBeUndefined();

    const check = await t.gql<CheckAnswer>(MEETING_CHECK, { meetingId: 'kh-1' }, secretary);
    const item = check.data!.meetingCheck.items[0];
    expect(item.findings.find((f) => f.personId === 'kaisa')).toMatchObject({ outcome: 'needs_review', grounds: ['HL28_1_3'] });
    expect(item.notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: 'kaisa', text: expect.stringContaining('jäävänsä') })]),
    );
  });

  it('official: warnings follow every change to the registry and the agenda at once', async () => {
    const warnings = async (token: string) =>
      (
        await t.gql<{ myWarnings: { itemId: string; outcome: string }[] }>(
          '{ myWarnings(from: "2026-01-01") { itemId outcome } }',
          {},
          token,
        )
      ).data!.myWarnings;
    const related = async (entities: string) => {
      const version = (
        await t.gql<{ meeting: { agenda: { version: number }[] } }>('{ meeting(id: "kh-1") { agenda { version } } }', {}, secretary)
      ).data!.meeting.agenda[0].version;
      const edited = await t.gql(
        `mutation($v: Int!) { updateAgendaItem(input: { id: "i-sale", version: $v, relatedEntities: [${entities}] }) { id } }`,
        { v: version },
        secretary,
      );
      expect(edited.errors).toBeUndefined();
    };
    const seller = '{ entityType: organization, entityId: "k", role: party }';
    const buyer = '{ entityType: organization, entityId: "h", role: party }';

    expect(await warnings(anna)).toEqual([{ itemId: 'i-sale', outcome: 'disqualified' }]);
    expect(await warnings(anna)).toEqual([{ itemId: 'i-sale', outcome: 'disqualified' }]);
    // The agenda changes: the buyer is no longer named, then named again.
    await related(seller);
    expect(await warnings(anna)).toEqual([]);
    await related(`${seller}, ${buyer}`);
    expect(await warnings(anna)).toEqual([{ itemId: 'i-sale', outcome: 'disqualified' }]);
    // The registry changes: Anna's seat on the county board is recorded as ended shortly before
    // the meeting (a recent position: for the body to weigh).
    const dataset = scenarioDataset('T01');
    list(dataset, 'memberships').find((m) => m.id === 'ms-anna-h-ah-3')!.end_date = '2026-01-31';
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    expect(await warnings(anna)).toEqual([{ itemId: 'i-sale', outcome: 'needs_review' }]);
    // Another official's own declaration shows in their warnings on the next request.
    expect(await warnings(kaisa)).toEqual([]);
    const declared = await t.gql(
      'mutation { declareInterest(input: { organizationId: "h", kind: other, description: "Sopimuslääkäri", startDate: "2026-01-01" }) { id } }',
      {},
      kaisa,
    );
    expect(declared.errors).toBeUndefined();
    expect(await warnings(kaisa)).toEqual([{ itemId: 'i-sale', outcome: 'needs_review' }]);
  });

  it('auditor: recorded recusals with filters and pages, and missed recusals across meetings', async () => {
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('A01') })).errors).toBeUndefined();
    const recorded = await t.gql<{ recusals: { nodes: Json[]; pageInfo: Json } }>(
      '{ recusals(filter: { bodyId: "k-kh", from: "2025-01-01", to: "2025-12-31" }, first: 10) { nodes { meetingId personId decidedBy } pageInfo { hasNextPage } } }',
      {},
      auditor,
    );
    expect(recorded.data!.recusals.nodes).toEqual([{ meetingId: 'kh-0', personId: 'ben', decidedBy: 'self' }]);
    const none = await t.gql<{ recusals: { nodes: Json[] } }>(
      '{ recusals(filter: { personId: "anna" }) { nodes { personId } } }',
      {},
      auditor,
    );
    expect(none.data!.recusals.nodes).toEqual([]);
    const missed = await t.gql<{ missedRecusals: { nodes: Json[] } }>(
      '{ missedRecusals(filter: { organizationId: "k" }) { nodes { meetingId personId grounds } } }',
      {},
      auditor,
    );
    expect(missed.data!.missedRecusals.nodes).toEqual([{ meetingId: 'kh-0', personId: 'anna', grounds: ['HL28_1_5'] }]);
  });

  it('auditor: re-runs a past check as known on a day, telling late data from a secretary’s error', async () => {
    // The registry did not yet know that Anna sits on the county board when the check ran.
    await resetDatabase(t.databaseUrl);
    const early = scenarioDataset('T01');
    early.memberships = list(early, 'memberships').filter((m) => m.id !== 'ms-anna-h-ah-3');
    expect((await t.gql(IMPORT_DATASET, { dataset: early })).errors).toBeUndefined();
    const run = await t.gql<CheckAnswer & { meetingCheck: { createdAt: string } }>(MEETING_CHECK, { meetingId: 'kh-1' }, secretary);
    expect(run.data!.meetingCheck.items[0].findings).toEqual([]);
    const toldAt = run.data!.meetingCheck.createdAt;
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Later the membership is recorded, valid since 1.6.2025: before the meeting.
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
    const query = `query($k: String!) { historicalCheck(meetingId: "kh-1", knownOn: $k) {
      knownOn comparedRunId items { findings { personId outcome } } changes { newFindings { personId } } } }`;

    const asKnownThen = await t.gql<{ historicalCheck: Json & { items: { findings: Json[] }[]; changes: { newFindings: Json[] } } }>(
      query,
      { k: toldAt },
      auditor,
    );
    expect(asKnownThen.errors).toBeUndefined();
    expect(asKnownThen.data!.historicalCheck.comparedRunId).toBe(run.data!.meetingCheck.runId);
    expect(asKnownThen.data!.historicalCheck.items[0].findings).toEqual([]);
    expect(asKnownThen.data!.historicalCheck.changes.newFindings).toEqual([]);

    const asKnownNow = await t.gql<{ historicalCheck: { items: { findings: Json[] }[]; changes: { newFindings: Json[] } } }>(
      query,
      { k: new Date().toISOString() },
      auditor,
    );
    expect(asKnownNow.data!.historicalCheck.items[0].findings).toEqual([{ personId: 'anna', outcome: 'disqualified' }]);
    expect(asKnownNow.data!.historicalCheck.changes.newFindings).toEqual([{ personId: 'anna' }]);
  });

  it('auditor: re-runs a past check on the agenda as it was when checked, after late agenda changes', async () => {
    type Item = { id: string; version: number };
    const agenda = async () =>
      (await t.gql<{ meeting: { agenda: Item[] } }>('{ meeting(id: "kh-1") { agenda { id version } } }', {}, secretary)).data!.meeting
        .agenda;
    const version = async (id: string) => (await agenda()).find((i) => i.id === id)!.version;
    const edit = async (mutation: string, vars: Json = {}) => expect((await t.gql(mutation, vars, secretary)).errors).toBeUndefined();
    const seller = '{ entityType: organization, entityId: "k", role: party, note: "myyjä" }';
    const buyer = '{ entityType: organization, entityId: "h", role: party, note: "ostaja" }';

    // The secretary's agenda names only the seller, plus a second item; the check finds nothing.
    await edit(`mutation($v: Int!) { updateAgendaItem(input: { id: "i-sale", version: $v, relatedEntities: [${seller}] }) { id } }`, {
      v: await version('i-sale'),
    });
    await edit('mutation { addAgendaItem(input: { meetingId: "kh-1", id: "kh-1-2", title: "Ilmoitusasiat" }) { id } }');
    const run = await t.gql<CheckAnswer & { meetingCheck: { createdAt: string } }>(MEETING_CHECK, { meetingId: 'kh-1' }, secretary);
    expect(run.errors).toBeUndefined();
    expect(run.data!.meetingCheck.items.map((i) => i.findings)).toEqual([[], []]);
    const toldAt = run.data!.meetingCheck.createdAt;
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Afterwards the buyer is added to the item, the second item is removed and a third added.
    await edit(
      `mutation($v: Int!) { updateAgendaItem(input: { id: "i-sale", version: $v, relatedEntities: [${seller}, ${buyer}] }) { id } }`,
      { v: await version('i-sale') },
    );
    await edit('mutation($v: Int!) { removeAgendaItem(id: "kh-1-2", version: $v) { id } }', { v: await version('kh-1-2') });
    await edit(
      `mutation { addAgendaItem(input: { meetingId: "kh-1", id: "kh-1-3", title: "Vuokrasopimus", relatedEntities: [${seller}, ${buyer}] }) { id } }`,
    );

    const query = `query($k: String!) { historicalCheck(meetingId: "kh-1", knownOn: $k) {
      items { itemId findings { personId outcome } } changes { newFindings { itemId personId } removedFindings { itemId } } } }`;
    type Historical = {
      historicalCheck: { items: { itemId: string; findings: Json[] }[]; changes: { newFindings: Json[]; removedFindings: Json[] } };
    };

    // As known when checked: the agenda the secretary checked, and the same answer as the run.
    const then = await t.gql<Historical>(query, { k: toldAt }, auditor);
    expect(then.errors).toBeUndefined();
    expect(then.data!.historicalCheck.items).toEqual([
      { itemId: 'i-sale', findings: [] },
      { itemId: 'kh-1-2', findings: [] },
    ]);
    expect(then.data!.historicalCheck.changes).toEqual({ newFindings: [], removedFindings: [] });

    // As known now: today's agenda, and the findings the late changes brought.
    const now = await t.gql<Historical>(query, { k: new Date().toISOString() }, auditor);
    expect(now.data!.historicalCheck.items).toEqual([
      { itemId: 'i-sale', findings: [{ personId: 'anna', outcome: 'disqualified' }] },
      { itemId: 'kh-1-3', findings: [{ personId: 'anna', outcome: 'disqualified' }] },
    ]);
    expect(now.data!.historicalCheck.changes.newFindings).toEqual([
      { itemId: 'i-sale', personId: 'anna' },
      { itemId: 'kh-1-3', personId: 'anna' },
    ]);

    // Before the meeting was recorded at all, there is nothing to re-run.
    const before = await t.gql(query, { k: '2020-01-01T00:00:00Z' }, auditor);
    expect(before.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(before.errors?.[0].message).toContain('was not recorded by 2020-01-01');
  });

  it('reads a meeting as known now exactly as it reads the live tables, for every scenario', async () => {
    const connection = t.app.get(EntityManager).fork().getConnection();
    const sql = (query: string, params: unknown[]) => connection.execute(query, params);
    for (const { scenario, dataset } of loadScenarios()) {
      await resetDatabase(t.databaseUrl);
      expect([scenario, (await t.gql(IMPORT_DATASET, { dataset })).errors]).toEqual([scenario, undefined]);
      for (const row of await sql('select id from meeting order by id', [])) {
        const meetingId = String(row.id);
        expect(await readMeeting(sql, meetingId, { knownOn: new Date() })).toEqual(await readMeeting(sql, meetingId));
      }
    }
  });

  it('keeps earlier versions of an agenda item, with its counterparties, when it changes', async () => {
    const dataset = scenarioDataset('T01');
    const item = (list(dataset, 'events')[0].agenda as Json[])[0];
    item.title = 'Kiinteistökauppa';
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const connection = t.app.get(EntityManager).fork().getConnection();
    const rows = await connection.execute(
      `select id, meeting_id, document->>'title' as title, jsonb_array_length(document->'relatedEntities') as related,
              recorded_from < recorded_to as ordered from agenda_item_history`,
    );
    // One version kept (the import of an unchanged file writes nothing).
    expect(rows).toEqual([
      { id: 'i-sale', meeting_id: 'kh-1', title: 'Vanhan sairaalakiinteistön myynti Hyvinvointialue H:lle', related: 2, ordered: true },
    ]);
  });

  it('keeps every earlier version of a membership with the time it was recorded', async () => {
    const dataset = scenarioDataset('T01');
    list(dataset, 'memberships')[0].end_date = '2026-12-31';
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const connection = t.app.get(EntityManager).fork().getConnection();
    const rows = await connection.execute(
      `select id, end_date, recorded_from < recorded_to as ordered from membership_history where id = 'ms-anna-k-kh-1'`,
    );
    expect(rows).toEqual([{ id: 'ms-anna-k-kh-1', end_date: null, ordered: true }]);
  });
});
