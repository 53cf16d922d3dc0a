/**
 * Finds the worked scenarios: $JAAVI_SCENARIOS when set, otherwise the first
 * `shared/scenarios/public` (or `scenarios/public`) found walking up from this folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
  if (fromEnv) return path.resolve(fromEnv);
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'shared', 'scenarios', 'public'), path.join(dir, 'scenarios', 'public')]) {
      if (fs.existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error('scenario folder not found: set JAAVI_SCENARIOS to the folder holding the *.json scenarios');
}

export function loadScenarios(dir = scenariosDir()): Scenario[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<Scenario, 'file'>) }));
}
