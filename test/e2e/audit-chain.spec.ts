import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChecksService } from '../../src/checks/checks.service';
import { FactsLoader } from '../../src/checks/facts-loader';
import { sqlRunner, type SqlRunner } from '../../src/database/sql';
import { resetDatabase, tableCounts } from '../setup/test-database';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { runCli } from '../setup/cli';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';
import { scenarioDataset } from '../support/datasets';
import { scenariosDir } from '../unit/rules/scenario-files';

type Json = Record<string, unknown>;

const CYCLE_FILE = join(scenariosDir(), '..', 'invalid', 'prepared-in-cycle.json');

const AUDIT = `query($id: ID!, $lang: String) { meetingAudit(meetingId: $id, lang: $lang) { ruleset items { itemId
  missedRecusals { personId capacity grounds explanation evidence { kind id text } }
  upstreamDefects { itemId personId meetingId date stage capacity grounds explanation evidence { kind id text } }
  ungroundedRecusals { personId } } } }`;

/**
 * Ruleset fi-2026.2 through the public interfaces: the whole prepared_in chain, ungrounded
 * recusals, explained audit findings, prepared_in cycles refused, the CLI refusing to audit a
 * meeting not held, and a run stored under an older ruleset keeping its id.
 */
/** Tests that start the CLI (a child process each, the --in-memory one with its own embedded database). */
const CLI_TIMEOUT = 180_000;

describe('audit under fi-2026.2', () => {
  let t: TestApp;
  let auditor: string;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await tokenFor({ sub: 'aud', roles: ['auditor'] });
    dir = mkdtempSync(join(tmpdir(), 'jaavi-audit-'));
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await resetDatabase(t.databaseUrl);
  });

  it(
    'refuses a prepared_in cycle naming the path, and writes nothing (CLI and GraphQL)',
    async () => {
      await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') });
      const before = await tableCounts(t.databaseUrl);
      const env = { DATABASE_URL: t.databaseUrl };
      const cli = await runCli(['import', CYCLE_FILE], env);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toMatch(
        /events\[\d+\]\.agenda\[\d+\]\.prepared_in: cycle of prepared_in links: "i-tl-draft" → "i-kv-plan" → "i-kh-proposal" → "i-tl-draft"/,
      );
      const audited = await runCli(['audit', '--meeting', 'kv-0', '--dataset', CYCLE_FILE, '--in-memory'], {});
      expect(audited.code).toBe(1);
      expect(audited.stderr).toContain('.prepared_in: cycle');
      const gql = await t.gql(IMPORT_DATASET, { dataset: JSON.parse(readFileSync(CYCLE_FILE, 'utf8')) as Json });
      expect(gql.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(gql.errors![0].extensions!.problems).toContainEqual(
        expect.objectContaining({ path: 'events[0].agenda[0].prepared_in', code: 'prepared_in_cycle' }),
      );
      expect(await tableCounts(t.databaseUrl)).toEqual(before);
    },
    CLI_TIMEOUT,
  );

  it('refuses an agenda edit that would close a prepared_in cycle, and changes nothing', async () => {
    // A held meeting's agenda is locked: the stages are planned here, so that only the cycle refuses the edit.
    const planned = scenarioDataset('R05') as { events: { status: string; agenda: { record?: unknown }[] }[] };
    for (const event of planned.events) {
      event.status = 'planned';
      for (const item of event.agenda) delete item.record;
    }
    expect((await t.gql(IMPORT_DATASET, { dataset: planned })).errors).toBeUndefined();
    const before = await tableCounts(t.databaseUrl);
    const { data } = await t.gql<{ meeting: { agenda: { id: string; version: number }[] } }>(
      '{ meeting(id: "tl-0") { agenda { id version } } }',
    );
    const version = data!.meeting.agenda[0].version;
    const edit = `mutation($v: Int!, $p: ID!) { updateAgendaItem(input: { id: "i-tl-start", version: $v, preparedIn: $p }) { id } }`;
    const loop = await t.gql(edit, { v: version, p: 'i-kv-plan' });
    expect(loop.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(loop.errors![0].extensions!.problems).toEqual([
      {
        path: 'input.preparedIn',
        message: 'cycle of prepared_in links: "i-tl-start" → "i-kv-plan" → "i-kh-proposal" → "i-tl-start"',
        code: 'prepared_in_cycle',
      },
    ]);
    const itself = await t.gql(edit, { v: version, p: 'i-tl-start' });
    expect(itself.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ path: 'input.preparedIn', code: 'prepared_in_cycle' }),
    ]);
    expect(await tableCounts(t.databaseUrl)).toEqual(before);
  });

  it('finds the chain in one statement and loads each upstream meeting once', async () => {
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('R05') })).errors).toBeUndefined();
    const inner = sqlRunner(t.app.get(EntityManager).fork());
    const statements: string[] = [];
    const counting: SqlRunner = (sql, params) => {
      statements.push(sql);
      return inner(sql, params);
    };
    const checks = t.app.get(ChecksService);
    const one = (await checks.audit('kv-0')).items[0];
    expect(one.upstreamDefects.map((d) => [d.itemId, d.personId, d.stage])).toEqual([['i-tl-start', 'reijo', 2]]);
    const facts = await t.app.get(FactsLoader).load(counting, 'kv-0');
    expect(statements.length).toBeLessThanOrEqual(11);
    statements.length = 0;
    await checks.auditFacts(counting, facts);
    expect(statements.filter((s) => /with recursive chain/.test(s))).toHaveLength(1);
    // No statement per stage: the chain query, then at most the loader's 11 per upstream meeting.
    expect(statements.length).toBeLessThanOrEqual(1 + 2 * 11);
  });

  it(
    'explains each missed recusal and upstream defect as the check does, evidence ids of relatives hidden from an auditor',
    async () => {
      expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('R05') })).errors).toBeUndefined();
      const answer = await t.gql<{ meetingAudit: { ruleset: string; items: Json[] } }>(AUDIT, { id: 'kv-0', lang: 'en' }, auditor);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.meetingAudit.ruleset).toBe('fi-2026.2');
      const [defect] = answer.data!.meetingAudit.items[0].upstreamDefects as Json[];
      expect(defect).toMatchObject({
        itemId: 'i-tl-start',
        personId: 'reijo',
        meetingId: 'tl-0',
        date: '2025-09-16',
        stage: 2,
        capacity: 'member',
        grounds: ['HL28_1_3'],
      });
      expect(defect.explanation).toMatch(/close relative \(spouse\) of Reijo/);
      const evidence = defect.evidence as Json[];
      expect(evidence.find((e) => e.kind === 'relationship')).toMatchObject({ id: null });
      const asAdmin = await t.gql<{ meetingAudit: { items: Json[] } }>(AUDIT, { id: 'kv-0' });
      const adminEvidence = (asAdmin.data!.meetingAudit.items[0].upstreamDefects as Json[])[0].evidence as Json[];
      expect(adminEvidence.find((e) => e.kind === 'relationship')!.id).toEqual(expect.any(String));

      // The CLI's text says the same: the explanation and the evidence, with the stage.
      const text = await runCli(['audit', '--meeting', 'kv-0', '--format', 'text', '--lang', 'en'], { DATABASE_URL: t.databaseUrl });
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(
        'Defect upstream: reijo (member; APA s. 28(1)(3) (particular benefit or loss); item i-tl-start, meeting tl-0 16 September 2025, stage 2)',
      );
      expect(text.stdout).toMatch(/close relative \(spouse\) of Reijo/);
      expect(text.stdout).toMatch(/evidence: spouse/);
    },
    CLI_TIMEOUT,
  );

  it(
    'lists recusals without a ground in JSON, text and GraphQL',
    async () => {
      const file = join(dir, 'r06.json');
      writeFileSync(file, JSON.stringify(scenarioDataset('R06')));
      const env = { DATABASE_URL: t.databaseUrl };
      const json = await runCli(['audit', '--meeting', 'tl-0', '--dataset', file, '--format', 'json'], env);
      expect(json.code).toBe(0);
      expect((JSON.parse(json.stdout) as { items: Json[] }).items[0].ungrounded_recusals).toEqual([{ person_id: 'ilkka' }]);
      const text = await runCli(['audit', '--meeting', 'tl-0', '--format', 'text'], env);
      expect(text.stdout).toContain('Esteellisyyden peruste puuttuu pöytäkirjasta: ilkka');
      const answer = await t.gql<{ meetingAudit: { items: Json[] } }>(AUDIT, { id: 'tl-0' }, auditor);
      expect(answer.data!.meetingAudit.items[0].ungroundedRecusals).toEqual([{ personId: 'ilkka' }]);
    },
    CLI_TIMEOUT,
  );

  it(
    'the CLI refuses to audit a meeting that is not held',
    async () => {
      const file = join(dir, 't01.json');
      writeFileSync(file, JSON.stringify(scenarioDataset('T01')));
      const result = await runCli(['audit', '--meeting', 'kh-1', '--dataset', file], { DATABASE_URL: t.databaseUrl });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('meeting "kh-1" has not been held');
    },
    CLI_TIMEOUT,
  );

  it('a historical re-check names the ruleset of the stored run it compares with', async () => {
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T01') })).errors).toBeUndefined();
    const run = await t.gql<{ meetingCheck: { runId: string; ruleset: string } }>(MEETING_CHECK, { meetingId: 'kh-1' });
    expect(run.data!.meetingCheck.ruleset).toBe('fi-2026.2');
    // A run stored by the previous release keeps its own ruleset.
    await sqlRunner(t.app.get(EntityManager).fork())('update check_run set ruleset = ? where id = ?::uuid', [
      'fi-2026.1',
      run.data!.meetingCheck.runId,
    ]);
    const query = `query($k: String!) { historicalCheck(meetingId: "kh-1", knownOn: $k) { ruleset comparedRunId comparedRunRuleset } }`;
    const answer = await t.gql<{ historicalCheck: Json }>(query, { k: new Date().toISOString() }, auditor);
    expect(answer.data!.historicalCheck).toEqual({
      ruleset: 'fi-2026.2',
      comparedRunId: run.data!.meetingCheck.runId,
      comparedRunRuleset: 'fi-2026.1',
    });
  });
});
