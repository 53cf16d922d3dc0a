/**
 * Finds the worked scenarios: $JAAVI_SCENARIOS when set, otherwise the repository's copy of
 * them (test/fixtures/shared/scenarios/public, kept equal to ../shared by `npm run fixtures:sync`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../fixtures/shared-copy';
import type { ScenarioExpect } from './scenario-expect';

export interface Scenario {
  file: string;
  scenario: string;
  title: string;
  rule: string;
  dataset: unknown;
  expect: ScenarioExpect;
}

export function scenariosDir(): string {
  const fromEnv = process.env.JAAVI_SCENARIOS;
  return fromEnv ? path.resolve(fromEnv) : path.join(FIXTURES_DIR, 'scenarios', 'public');
}

export function loadScenarios(dir = scenariosDir()): Scenario[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<Scenario, 'file'>) }));
}
