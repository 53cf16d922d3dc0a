import { EntityManager } from '@mikro-orm/postgresql';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { list, scenarioDataset } from '../support/datasets';

type Json = Record<string, unknown>;

const CHECK = `query Check($meetingId: ID!) {
  meetingCheck(meetingId: $meetingId) {
    runId agendaPublishedAt
    items {
      itemId
      findings { id personId capacity outcome decision { status } }
      substitutions { forPersonId deputyPersonId status reason }
      quorum { seats required present met dependsOnReview fallback }
      notes { personId text }
    }
    changes { previousRunId newFindings { itemId personId } removedFindings { itemId personId } quorumChanged summonsChanged
              deputiesToSummon { itemId deputyPersonId forPersonId } deputiesToCancel { itemId deputyPersonId forPersonId } }
    sinceAgenda { previousRunId newFindings { itemId personId capacity } removedFindings { itemId personId }
                  deputiesToSummon { itemId deputyPersonId forPersonId } deputiesToCancel { itemId deputyPersonId forPersonId } }
  }
}`;

interface Check {
  runId: string | null;
  agendaPublishedAt: string | null;
  items: {
    itemId: string;
    findings: { id: string; personId: string; capacity: string; outcome: string; decision: Json | null }[];
    substitutions: Json[];
    quorum: Json;
    notes: { personId: string | null; text: string }[];
  }[];
  changes: Json | null;
  sinceAgenda: Json | null;
}

/**
 * api.md "The meeting cycle": decisions drive the summons and the quorum, checks are stored only
 * when their result changes, the agenda goes out and later changes are shown against it.
 */
describe('the meeting cycle', () => {
  let t: TestApp;
  let secretary: string;
  let kaisa: string;

  beforeAll(async () => {
    t = await startTestApp();
    secretary = await tokenFor({ sub: 'secretary-k', roles: ['secretary'], bodies: ['k-kh'] });
    kaisa = await tokenFor({ sub: 'kaisa-login', roles: ['official'], person: 'kaisa' });
  });

  afterAll(async () => {
    await t.close();
  });

  /**
   * T01 as a two-member board (no recorded seat count): Anna is a county board deputy, so the
   * hospital sale gives her needs_review (her deputy Bertta is not summoned by itself); Kaisa has no deputy.
   */
  async function smallBoard(): Promise<void> {
    await resetDatabase(t.databaseUrl);
    const dataset = scenarioDataset('T01');
    const orgs = list(dataset, 'organizations');
    delete orgs.find((o) => o.id === 'k-kh')!.seats;
    const ms = list(dataset, 'memberships');
    ms.find((m) => m.id === 'ms-anna-h-ah-3')!.role = 'deputy';
    ms.splice(
      ms.findIndex((m) => m.id === 'ms-kerttu-k-kh-5'),
      1,
    );
    const imported = await t.gql(IMPORT_DATASET, { dataset });
    expect(imported.errors).toBeUndefined();
  }

  const check = async (token = secretary): Promise<Check> => {
    const answer = await t.gql<{ meetingCheck: Check }>(CHECK, { meetingId: 'kh-1' }, token);
    expect(answer.errors).toBeUndefined();
    return answer.data!.meetingCheck;
  };
  const runCount = async () =>
    Number((await t.app.get(EntityManager).fork().getConnection().execute('select count(*)::int as n from check_run'))[0].n);
  const decide = async (mutation: string) => {
    const answer = await t.gql(mutation, {}, secretary);
    expect(answer.errors).toBeUndefined();
  };

  describe('decisions drive deputies and quorum', () => {
    beforeEach(smallBoard);

    it('confirming a needs_review finding summons the deputy and changes the quorum', async () => {
      const first = await check();
      const anna = first.items[0].findings.find((f) => f.personId === 'anna')!;
      expect(anna.outcome).toBe('needs_review');
      expect(first.items[0].substitutions).toEqual([]);
      expect(first.items[0].quorum).toMatchObject({ seats: 2, required: 2, present: 2, met: true, dependsOnReview: true });

      await decide(`mutation { confirmFinding(id: "${anna.id}", note: "Hallitus katsoi esteelliseksi") { status } }`);
      const second = await check();
      expect(second.runId).not.toBe(first.runId);
      expect(second.items[0].substitutions).toEqual([
        { forPersonId: 'anna', deputyPersonId: 'bertta', status: 'summon', reason: 'decision' },
      ]);
      expect(second.items[0].quorum).toMatchObject({ present: 2, met: true, dependsOnReview: false });
      expect(second.items[0].findings.find((f) => f.personId === 'anna')!.decision).toEqual({ status: 'confirmed' });
      expect(second.changes).toMatchObject({
        previousRunId: first.runId,
        quorumChanged: ['i-sale'],
        deputiesToSummon: [{ itemId: 'i-sale', deputyPersonId: 'bertta', forPersonId: 'anna' }],
      });

      const summons = await t.gql<{ summonsList: { deputyPersonId: string; items: { forPersonId: string; reason: string }[] }[] }>(
        '{ summonsList(meetingId: "kh-1") { deputyPersonId items { forPersonId reason } } }',
        {},
        secretary,
      );
      expect(summons.data!.summonsList).toEqual([
        { deputyPersonId: 'bertta', items: [{ forPersonId: 'anna', reason: expect.stringContaining('toimielin on todennut') }] },
      ]);
      const print = await t.gql<{ summonsDocument: string }>('{ summonsDocument(meetingId: "kh-1") }', {}, secretary);
      expect(print.data!.summonsDocument).toContain('Bertta');
    });

    it('dismissing a finding keeps the member: no deputy, the quorum as before', async () => {
      const first = await check();
      const anna = first.items[0].findings.find((f) => f.personId === 'anna')!;
      await decide(`mutation { dismissFinding(id: "${anna.id}", reason: "Varajäsenyys ei vaaranna puolueettomuutta") { status } }`);
      const second = await check();
      expect(second.items[0].substitutions).toEqual([]);
      expect(second.items[0].quorum).toMatchObject({ present: 2, met: true });
      const summons = await t.gql<{ summonsList: unknown[] }>('{ summonsList(meetingId: "kh-1") { deputyPersonId } }', {}, secretary);
      expect(summons.data!.summonsList).toEqual([]);
    });

    it("an official's announced self-recusal replaces them and the quorum counts it", async () => {
      const first = await check();
      expect(first.items[0].quorum).toMatchObject({ present: 2, met: true });
      const announced = await t.gql(
        'mutation { announceRecusal(itemId: "i-sale", grounds: ["HL28_1_7"], note: "puolisoni on ostajan palveluksessa") { id } }',
        {},
        kaisa,
      );
      expect(announced.errors).toBeUndefined();
      const second = await check();
      expect(second.items[0].findings.find((f) => f.personId === 'kaisa')).toBeUndefined();
      expect(second.items[0].substitutions).toEqual([
        { forPersonId: 'kaisa', deputyPersonId: null, status: 'no_deputy', reason: 'announcement' },
      ]);
      expect(second.items[0].quorum).toMatchObject({ present: 1, required: 2, met: false, fallback: 'KL35_4' });
      expect(second.items[0].notes).toContainEqual({ personId: 'kaisa', text: expect.stringContaining('ilmoittanut jäävänsä') });
    });
  });

  describe('idempotent checks', () => {
    beforeEach(smallBoard);

    it('reading a check twice with nothing changed returns the same run and stores no row', async () => {
      const first = await check();
      const stored = await runCount();
      const second = await check();
      expect(second.runId).toBe(first.runId);
      expect(await runCount()).toBe(stored);
      // The run's own "changes" stay those since the run before it, however often it is read.
      const anna = first.items[0].findings.find((f) => f.personId === 'anna')!;
      await decide(`mutation { confirmFinding(id: "${anna.id}") { status } }`);
      const third = await check();
      const fourth = await check();
      expect(fourth.runId).toBe(third.runId);
      expect(fourth.changes).toEqual(third.changes);
      expect(fourth.changes).toMatchObject({ previousRunId: first.runId });
      expect(await runCount()).toBe(stored + 1);
    });

    it('a GET request never stores a run', async () => {
      const get = async () => {
        const url = `${t.url}/graphql?${new URLSearchParams({ query: CHECK, variables: JSON.stringify({ meetingId: 'kh-1' }) }).toString()}`;
        const response = await fetch(url, { headers: { authorization: `Bearer ${secretary}`, 'apollo-require-preflight': 'true' } });
        const body = (await response.json()) as { data?: { meetingCheck: Check }; errors?: unknown[] };
        expect(body.errors).toBeUndefined();
        return body.data!.meetingCheck;
      };
      const unstored = await get();
      expect(unstored.runId).toBeNull();
      expect(await runCount()).toBe(0);
      const posted = await check();
      expect((await get()).runId).toBe(posted.runId);
      expect(await runCount()).toBe(1);
    });
  });

  describe('the agenda goes out', () => {
    beforeEach(async () => {
      await resetDatabase(t.databaseUrl);
      const dataset = scenarioDataset('T01');
      // Kaisa sits on the board of Rakennus Oy: she is disqualified once it becomes a party.
      list(dataset, 'memberships').push({
        id: 'ms-kaisa-rak',
        person_id: 'kaisa',
        organization_id: 'rakennus',
        role: 'board_member',
        start_date: '2025-01-01',
      });
      expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    });

    const meeting = async () =>
      (
        await t.gql<{
          meeting: {
            version: number;
            status: string;
            agendaPublishedAt: string | null;
            agenda: { id: string; version: number; relatedEntities: Json[] }[];
          };
        }>(
          '{ meeting(id: "kh-1") { version status agendaPublishedAt agenda { id version relatedEntities { entityType entityId role note } } } }',
          {},
          secretary,
        )
      ).data!.meeting;

    it('after publishAgenda an added counterparty shows up as changed since the agenda went out, until the meeting is held', async () => {
      const before = await meeting();
      const published = await t.gql<{ publishAgenda: { agendaPublishedAt: string; version: number } }>(
        'mutation($v: Int!) { publishAgenda(meetingId: "kh-1", version: $v) { agendaPublishedAt version } }',
        { v: before.version },
        secretary,
      );
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishAgenda.agendaPublishedAt).toEqual(expect.any(String));
      expect(published.data!.publishAgenda.version).toBe(before.version + 1);

      const baseline = await check();
      expect(baseline.agendaPublishedAt).toBe(published.data!.publishAgenda.agendaPublishedAt);
      expect(baseline.sinceAgenda).toMatchObject({
        previousRunId: baseline.runId,
        newFindings: [],
        deputiesToSummon: [],
        deputiesToCancel: [],
      });

      const item = (await meeting()).agenda[0];
      const rakennus = { entityType: 'organization', entityId: 'rakennus', role: 'party', note: 'urakoitsija' };
      const edited = await t.gql(
        'mutation($v: Int!, $r: [RelatedEntityInput!]) { updateAgendaItem(input: { id: "i-sale", version: $v, relatedEntities: $r }) { id } }',
        { v: item.version, r: [...item.relatedEntities, rakennus] },
        secretary,
      );
      expect(edited.errors).toBeUndefined();

      const after = await check();
      expect(after.sinceAgenda).toMatchObject({
        previousRunId: baseline.runId,
        newFindings: [{ itemId: 'i-sale', personId: 'kaisa', capacity: 'member' }],
        deputiesToSummon: [{ itemId: 'i-sale', deputyPersonId: 'kerttu', forPersonId: 'kaisa' }],
        deputiesToCancel: [],
      });
      // A second look: the same run, still measured against the agenda that went out.
      expect((await check()).sinceAgenda).toEqual(after.sinceAgenda);

      // Held: the agenda is locked, the minutes are not, and there is nothing left to correct.
      const held = await t.gql(
        'mutation($v: Int!) { updateMeeting(input: { id: "kh-1", version: $v, status: held }) { status } }',
        { v: (await meeting()).version },
        secretary,
      );
      expect(held.errors).toBeUndefined();
      expect((await check()).sinceAgenda).toBeNull();
      const locked = await t.gql(
        'mutation($v: Int!) { updateAgendaItem(input: { id: "i-sale", version: $v, title: "Muutettu" }) { id } }',
        { v: (await meeting()).agenda[0].version },
        secretary,
      );
      expect(locked.errors![0].extensions!.code).toBe('CONFLICT');
      const added = await t.gql('mutation { addAgendaItem(input: { meetingId: "kh-1", title: "Lisäasia" }) { id } }', {}, secretary);
      expect(added.errors![0].extensions!.code).toBe('CONFLICT');
      const republished = await t.gql(
        'mutation($v: Int!) { publishAgenda(meetingId: "kh-1", version: $v) { id } }',
        { v: (await meeting()).version },
        secretary,
      );
      expect(republished.errors![0].extensions!.code).toBe('CONFLICT');
      const minutes = await t.gql(
        `mutation($v: Int!) { recordMinutes(input: { itemId: "i-sale", version: $v, participants: ["bertta", "kerttu"],
           recusals: [{ personId: "anna", grounds: ["HL28_1_5"], decidedBy: "body" }, { personId: "kaisa", grounds: ["HL28_1_5"], decidedBy: "body" }],
           substitutes: [{ personId: "bertta", forPersonId: "anna" }, { personId: "kerttu", forPersonId: "kaisa" }] }) { agenda { record { participants } } } }`,
        { v: (await meeting()).agenda[0].version },
        secretary,
      );
      expect(minutes.errors).toBeUndefined();
    });

    it('publishAgenda needs the current version and an existing meeting', async () => {
      const stale = await t.gql('mutation { publishAgenda(meetingId: "kh-1", version: 99) { id } }', {}, secretary);
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      const missing = await t.gql('mutation { publishAgenda(meetingId: "nope", version: 1) { id } }', {}, secretary);
      expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  it("a secretary asking for a meeting that does not exist gets NOT_FOUND; another body's meeting FORBIDDEN", async () => {
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
    const missing = await t.gql(CHECK, { meetingId: 'no-such-meeting' }, secretary);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const other = await tokenFor({ sub: 'secretary-h', roles: ['secretary'], bodies: ['h-ah'] });
    const forbidden = await t.gql(CHECK, { meetingId: 'kh-1' }, other);
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("an official's announcement is shown as sent, withdrawable until the agenda goes out; a meeting without a name gets body and date", async () => {
    await smallBoard();
    const sent = await t.gql<{ announceRecusal: { id: string; withdrawable: boolean } }>(
      'mutation { announceRecusal(itemId: "i-sale", grounds: []) { id withdrawable } }',
      {},
      kaisa,
    );
    expect(sent.data!.announceRecusal.withdrawable).toBe(true);
    const mine = await t.gql<{ myRecusals: { id: string; itemId: string; withdrawable: boolean }[] }>(
      '{ myRecusals { id itemId withdrawable } }',
      {},
      kaisa,
    );
    expect(mine.data!.myRecusals).toEqual([{ id: sent.data!.announceRecusal.id, itemId: 'i-sale', withdrawable: true }]);
    expect((await check()).items[0].substitutions).toContainEqual(
      expect.objectContaining({ forPersonId: 'kaisa', reason: 'announcement' }),
    );
    const withdrawn = await t.gql('mutation($id: ID!) { withdrawRecusal(id: $id) }', { id: sent.data!.announceRecusal.id }, kaisa);
    expect(withdrawn.errors).toBeUndefined();
    expect((await check()).items[0].substitutions).toEqual([]);
    expect((await t.gql<{ myRecusals: unknown[] }>('{ myRecusals { id } }', {}, kaisa)).data!.myRecusals).toEqual([]);

    const again = await t.gql<{ announceRecusal: { id: string } }>(
      'mutation { announceRecusal(itemId: "i-sale", grounds: []) { id } }',
      {},
      kaisa,
    );
    const version = (await t.gql<{ meeting: { version: number } }>('{ meeting(id: "kh-1") { version } }', {}, secretary)).data!.meeting
      .version;
    expect(
      (await t.gql('mutation($v: Int!) { publishAgenda(meetingId: "kh-1", version: $v) { id } }', { v: version }, secretary)).errors,
    ).toBeUndefined();
    const late = await t.gql('mutation($id: ID!) { withdrawRecusal(id: $id) }', { id: again.data!.announceRecusal.id }, kaisa);
    expect(late.errors![0].extensions!.code).toBe('CONFLICT');
    expect(
      (await t.gql<{ myRecusals: { withdrawable: boolean }[] }>('{ myRecusals { withdrawable } }', {}, kaisa)).data!.myRecusals,
    ).toEqual([{ withdrawable: false }]);

    const created = await t.gql<{ createMeeting: { name: string } }>(
      'mutation { createMeeting(input: { bodyId: "k-kh", startsAt: "2026-04-14T16:00:00+03:00" }) { name } }',
      {},
      secretary,
    );
    expect(created.data!.createMeeting.name).toMatch(/ 14\.4\.2026$/);
    expect(created.data!.createMeeting.name).not.toMatch(/^meeting-/);
  });

  it('filters naming something unknown, or a period ending before it starts, are refused with the field named', async () => {
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
    const auditor = await tokenFor({ sub: 'auditor', roles: ['auditor'] });
    const ask = async (field: 'recusals' | 'missedRecusals', filter: string) => {
      const answer = await t.gql(`{ ${field}(filter: { ${filter} }) { nodes { personId } } }`, {}, auditor);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return answer.errors![0].extensions!.problems;
    };
    expect(await ask('recusals', 'ground: "NOPE"')).toEqual([{ path: 'filter.ground', message: 'unknown ground code "NOPE"' }]);
    expect(await ask('missedRecusals', 'bodyId: "no-such-body"')).toEqual([{ path: 'filter.bodyId', message: 'no body "no-such-body"' }]);
    expect(await ask('recusals', 'from: "2026-12-31", to: "2026-01-01"')).toEqual([
      { path: 'filter.from', message: '"from" (2026-12-31) is after "to" (2026-01-01)' },
    ]);
    const ok = await t.gql('{ recusals(filter: { ground: "HL28_1_5", bodyId: "k-kh" }) { nodes { personId } } }', {}, auditor);
    expect(ok.errors).toBeUndefined();
    const warnings = await t.gql('{ myWarnings(from: "2026-12-31", to: "2026-01-01") { meetingId } }', {}, kaisa);
    expect(warnings.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(warnings.errors![0].message).toContain('is after');
  });
});
