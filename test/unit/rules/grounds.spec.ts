import * as fs from 'node:fs';
import * as path from 'node:path';
import { GROUNDS, ground, RULES, RULESET, sortGrounds, type GroundCode } from '../../../src/rules';
import { specDir } from './schemas';

describe('ground table', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(specDir(), 'check-report.schema.json'), 'utf8'));
  const schemaCodes: string[] = schema.properties.items.items.properties.findings.items.properties.grounds.items.enum;

  it('names the ruleset', () => {
    expect(RULESET).toBe('fi-2026.2');
  });

  it('holds exactly the codes of jaavi-check/1, in schema order', () => {
    expect(GROUNDS.map((g) => g.code)).toEqual(schemaCodes);
  });

  it.each(GROUNDS.map((g) => [g.code, g] as const))('%s cites a statute and has titles', (_code, g) => {
    expect(g.statute).toMatch(/^(HL|KL|HVAL) \d+ §( \d+ mom.)?( \d+ k.)?$/);
    for (const l of ['fi', 'sv', 'en'] as const) expect(g.title[l].length).toBeGreaterThan(3);
    expect(g.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has one rule per ground; the statute comes from the ground table, not a copy in the rule', () => {
    expect(RULES.map((r) => r.code)).toEqual(GROUNDS.map((g) => g.code));
    for (const rule of RULES) {
      expect(Object.keys(rule)).not.toContain('statute');
      expect(ground(rule.code).statute).toMatch(/^(HL|KL|HVAL) \d+/);
    }
  });

  it('sorts grounds in table order and removes duplicates', () => {
    expect(sortGrounds(['KL97_3', 'HL28_1_7', 'HL28_1_1', 'HL28_1_7'] as GroundCode[])).toEqual(['HL28_1_1', 'HL28_1_7', 'KL97_3']);
  });

  it('rejects an unknown code', () => {
    expect(() => ground('XX' as GroundCode)).toThrow();
  });
});
