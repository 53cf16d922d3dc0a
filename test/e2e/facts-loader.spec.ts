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

type Json = Record<string, unknown>;

/** A registry grown with people and seats that have nothing to do with the meeting. */
function withNoise(dataset: Json, n: number): Json {
  const persons = dataset.persons as Json[];
  const memberships = dataset.memberships as Json[];
  const relationships = (dataset.relationships as Json[] | undefined) ?? [];
  for (let i = 0; i < n; i++) {
    persons.push({ id: `noise-${i}`, name: `Noise ${i}` });
    memberships.push({ id: `noise-ms-${i}`, person_id: `noise-${i}`, organization_id: 'k-tl', role: 'member', start_date: '2021-06-01', end_date: '2025-05-31' });
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
    expect(small.statements).toBeLessThanOrEqual(8);
    expect(large.statements).toBe(small.statements);
    expect(large.facts.persons.some((p) => p.id.startsWith('noise-'))).toBe(false);
  });

  it('gives the engine the same answer as the whole dataset would, for every scenario', async () => {
    for (const id of loadScenarios().map((s) => s.scenario)) {
      await resetDatabase(t.databaseUrl);
      const dataset = scenarioDataset(id);
      expect((await t.gql(IMPORT_DATASET, { dataset })).errors).toBeUndefined();
      const meetingId = ((dataset.events as Json[])[0].id as string);
      const { facts } = await loadCounting(meetingId);
      expect(evaluate(facts)).toEqual(evaluate(factsFromDataset(dataset, meetingId)));
    }
  });
});
