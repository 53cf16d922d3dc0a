import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../../../src/import/validation';

/**
 * The public scenarios live outside the repository (shared/scenarios/public beside it);
 * JAAVI_SCENARIOS_DIR overrides the location. Without them the suite is skipped, visibly.
 */
const SCENARIOS_DIR = process.env.JAAVI_SCENARIOS_DIR ?? path.resolve(__dirname, '../../../../shared/scenarios/public');
const files = existsSync(SCENARIOS_DIR) ? readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.json')).sort() : [];

const describeWithScenarios = files.length > 0 ? describe : describe.skip;

describeWithScenarios(`public scenario datasets (${SCENARIOS_DIR})`, () => {
  it.each(files)('%s validates with no problems', (file) => {
    const scenario = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8')) as { dataset: unknown };
    expect(validateDataset(scenario.dataset)).toEqual({ ok: true, dataset: scenario.dataset });
  });
});
