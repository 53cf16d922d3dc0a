import { audit, evaluate, factsFromDataset, toAuditDocument, toCheckDocument, upstreamFactsFromDataset } from '../../../src/rules';
import { assertScenario } from './scenario-expect';
import { loadScenarios } from './scenario-files';
import { validator } from './schemas';

const scenarios = loadScenarios();
const checkSchema = validator('check-report.schema.json');
const auditSchema = validator('audit-report.schema.json');

describe('worked scenarios', () => {
  it('finds the scenario files', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.file, s.title, s] as const))('%s: %s', (_file, _title, s) => {
    const facts = factsFromDataset(s.dataset, s.expect.meeting_id);
    if (s.expect.audit) {
      const doc = toAuditDocument(audit(facts, upstreamFactsFromDataset(s.dataset, s.expect.meeting_id)));
      expect(auditSchema(doc)).toEqual([]);
      assertScenario(s.expect, doc);
    } else {
      const doc = toCheckDocument(evaluate(facts));
      expect(checkSchema(doc)).toEqual([]);
      assertScenario(s.expect, doc);
      // The same meeting in English must say the same thing.
      const en = toCheckDocument(evaluate(facts, undefined, { lang: 'en' }));
      expect(checkSchema(en)).toEqual([]);
      assertScenario(s.expect, en);
    }
  });
});
