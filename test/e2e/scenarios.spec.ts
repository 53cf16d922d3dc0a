import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarios, scenariosDir } from '../unit/rules/scenario-files';
import { assertScenario } from '../unit/rules/scenario-expect';
import { resetDatabase, testDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';
import { runCli } from '../setup/cli';
import { toSnakeCase } from '../support/snake-case';
import { IMPORT_DATASET, MEETING_AUDIT, MEETING_CHECK } from '../support/queries';
import { validator } from '../unit/rules/schemas';

/**
 * Every public scenario end to end, on this run's database (PostgreSQL or embedded): import
 * into an empty database and check (or audit) through the CLI, then again through GraphQL;
 * both must match the scenario's `expect` block and the report schemas.
 */
const scenarios = loadScenarios();

describe('worked scenarios, end to end', () => {
  let t: TestApp;
  const { url } = testDatabase();

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it.each(scenarios.map((s) => [s.scenario, s] as const))('%s through the CLI', async (_id, scenario) => {
    await resetDatabase(url);
    const command = scenario.expect.audit ? 'audit' : 'check';
    const result = await runCli(
      [command, '--meeting', scenario.expect.meeting_id, '--dataset', join(scenariosDir(), scenario.file), '--format', 'json'],
      {
        DATABASE_URL: url,
      },
    );
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as unknown;
    expect(validator(scenario.expect.audit ? 'audit-report.schema.json' : 'check-report.schema.json')(document)).toEqual([]);
    assertScenario(scenario.expect, document);
  });

  it.each(scenarios.map((s) => [s.scenario, s] as const))('%s through GraphQL', async (_id, scenario) => {
    await resetDatabase(url);
    const dataset = (JSON.parse(readFileSync(join(scenariosDir(), scenario.file), 'utf8')) as { dataset: unknown }).dataset;
    const imported = await t.gql(IMPORT_DATASET, { dataset });
    expect(imported.errors).toBeUndefined();
    const query = scenario.expect.audit ? MEETING_AUDIT : MEETING_CHECK;
    const answer = await t.gql<Record<string, Record<string, unknown>>>(query, { meetingId: scenario.expect.meeting_id });
    expect(answer.errors).toBeUndefined();
    const report = answer.data![scenario.expect.audit ? 'meetingAudit' : 'meetingCheck'];
    const { run_id: _run, created_at: _at, date: _date, ...document } = toSnakeCase(report) as Record<string, unknown>;
    const items = (document.items as Record<string, unknown>[]).map((item) => ({
      ...item,
      findings: ((item.findings as Record<string, unknown>[] | undefined) ?? []).map(({ id: _id, ...f }) => f),
    }));
    assertScenario(scenario.expect, { ...document, items, ...(scenario.expect.audit ? {} : { date: _date }) });
  });
});
