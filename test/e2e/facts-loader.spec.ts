import { EntityManager } from '@mikro-orm/postgresql';
import { FactsLoader } from '../../src/checks/facts-loader';
import { sqlRunner, type SqlRunner } from '../../src/database/sql';
import { evaluate } from '../../src/rules';
import { factsFromDataset } from '../../src/rules/dataset-facts';
import { resetDatabase } from '../setup/test-database';
import { startTestApp, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { scenarioDataset } from '../support/datasets';
import { loadScenarios } from '../unit/rules/scenario-files';
import { generateDataset } from '../../src/generator/generate';

type Json = Record<string, unknown>;

/** A registry grown with people and seats that have nothing to do with the meeting. */
function withNoise(dataset: Json, n: number): Json {
  const persons = dataset.persons as Json[];
  const memberships = dataset.memberships as Json[];
  const relationships = (dataset.relationships as Json[] | undefined) ?? [];
  for (let i = 0; i < n; i++) {
    persons.push({ id: `noise-${i}`, name: `Noise ${i}` });
    memberships.push({
      id: `noise-ms-${i}`,
      person_id: `noise-${i}`,
      organization_id: 'k-tl',
      role: 'member',
      start_date: '2021-06-01',
      end_date: '2025-05-31',
    });
    if (i > 0) relationships.push({ id: `noise-rel-${i}`, person_id: `noise-${i}`, relative_id: `noise-${i - 1}`, kind: 'sibling' });
  }
  return { ...dataset, relationships };
}

describe('facts loader', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function loadCounting(meetingId: string): Promise<{ statements: number; facts: Awaited<ReturnType<FactsLoader['load']>> }> {
    const em = t.app.get(EntityManager).fork();
    const inner = sqlRunner(em);
    let statements = 0;
    const counting: SqlRunner = (sql, params) => {
      statements += 1;
      return inner(sql, params);
    };
    const facts = await t.app.get(FactsLoader).load(counting, meetingId);
    return { statements, facts };
  }

  it('issues the same small number of statements whatever the registry size', async () => {
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T44') })).errors).toBeUndefined();
    const small = await loadCounting('kh-1');
    await resetDatabase(t.databaseUrl);
    const big = withNoise(scenarioDataset('T44'), 400);
    expect((await t.gql(IMPORT_DATASET, { dataset: big })).errors).toBeUndefined();
    const large = await loadCounting('kh-1');
    expect(small.statements).toBeLessThanOrEqual(11);
    expect(large.statements).toBe(small.statements);
    expect(large.facts.persons.some((p) => p.id.startsWith('noise-'))).toBe(false);
  });

  it(
    'gives the engine the same answer as the whole dataset would, for every scenario',
    async () => {
      for (const id of loadScenarios().map((s) => s.scenario)) {
        await resetDatabase(t.databaseUrl);
        const dataset = scenarioDataset(id);
        expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
        const meetingId = (dataset.events as Json[])[0].id as string;
        const { facts } = await loadCounting(meetingId);
        expect(evaluate(facts)).toEqual(evaluate(factsFromDataset(dataset, meetingId)));
      }
    },
    30_000 + 5_000 * loadScenarios().length,
  ); // an import and a load per scenario; the list grows with each ruleset

  it('loads only what the meeting needs, yet answers as the whole registry would, on a generated city and county', async () => {
    const chunks: string[] = [];
    generateDataset({ scale: 'S' }, (chunk) => chunks.push(chunk));
    const dataset = JSON.parse(chunks.join('')) as Json;
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
    const events = dataset.events as Json[];
    // Every seventh meeting (all kinds of bodies, planned and held), and the 30-item board meeting.
    const sample = events
      .filter((_, i) => i % 7 === 0)
      .map((e) => e.id as string)
      .concat('bench-kh-30');
    let findings = 0;
    for (const meetingId of sample) {
      const { facts } = await loadCounting(meetingId);
      const whole = factsFromDataset(dataset, meetingId);
      expect(facts.memberships.length).toBeLessThan(whole.memberships.length / 2);
      const report = evaluate(facts);
      expect({ meetingId, report }).toEqual({ meetingId, report: evaluate(whole) });
      findings += report.items.reduce((n, item) => n + item.findings.length, 0);
    }
    // The sample is not vacuous: the generator plants conflicts.
    expect(findings).toBeGreaterThan(20);
  }, 120_000);
});
