import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../../../src/import/validation';
import { scenariosDir } from '../rules/scenario-files';

const SCENARIOS_DIR = scenariosDir();
const files = readdirSync(SCENARIOS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe(`public scenario datasets (${SCENARIOS_DIR})`, () => {
  it('finds the scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s validates with no problems', (file) => {
    const scenario = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8')) as { dataset: unknown };
    expect(validateDataset(scenario.dataset)).toEqual({ ok: true, dataset: scenario.dataset });
  });
});
