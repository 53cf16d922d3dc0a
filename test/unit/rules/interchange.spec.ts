import { audit, evaluate, toAuditDocument, toCheckDocument } from '../../../src/rules';
import { validator } from './schemas';
import { CONTRACT, org, SALE, World } from './world';

const checkSchema = validator('check-report.schema.json');
const auditSchema = validator('audit-report.schema.json');

describe('interchange documents', () => {
  function busy(): World {
    const w = new World();
    const a = w.seat('anna', 'k-kh', 'chair');
    w.seat('anna', 'h-ah');
    w.seat('bertta', 'k-kh', 'deputy', { deputyFor: a });
    w.seat('cai', 'k-kh', 'vice_chair');
    w.seat('cai', 'h-ah', 'deputy');
    w.seat('pres', 'rakennus', 'ceo');
    return w;
  }

  it('writes jaavi-check/1 in snake_case, valid against the schema', () => {
    const facts = busy().facts({ organizationId: 'k-kh', participants: [{ personId: 'pres', role: 'presenter' }] }, [
      SALE,
      { ...CONTRACT, urgent: true },
    ]);
    const doc = toCheckDocument(evaluate(facts));
    expect(checkSchema(doc)).toEqual([]);
    expect(Object.keys(doc)).toEqual(['format', 'ruleset', 'meeting_id', 'body_id', 'date', 'items']);
    const [sale] = doc.items;
    expect(sale?.findings.map((f) => Object.keys(f))).toEqual([
      ['person_id', 'capacity', 'outcome', 'grounds', 'explanation', 'evidence'],
      ['person_id', 'capacity', 'outcome', 'lean', 'grounds', 'explanation', 'evidence'],
    ]);
    expect(sale?.quorum).toEqual({ seats: 11, required: 6, present: 11, met: true, depends_on_review: false, fallback: null });
    expect(sale?.substitutions).toEqual([{ for_person_id: 'anna', deputy_person_id: 'bertta', status: 'summon', reason: 'finding' }]);
    expect(sale?.notes.every((n) => typeof n.text === 'string')).toBe(true);
  });

  it('omits person_id on item-level notes', () => {
    const w = busy();
    const doc = toCheckDocument(evaluate(w.facts({ organizationId: 'k-kh' }, [{ ...SALE, urgent: true }])));
    expect(doc.items[0]?.notes.find((n) => n.text.includes('HL 30'))).toEqual({ text: expect.any(String) });
  });

  it('writes jaavi-audit/1, valid against the schema', () => {
    const w = busy();
    const facts = w.facts({ organizationId: 'k-kh', status: 'held' }, [
      { ...SALE, record: { participants: ['anna'], recusals: [{ personId: 'bertta', grounds: [] }], substitutes: [] } },
      { relatedEntities: [org('seura')] },
    ]);
    const doc = toAuditDocument(audit(facts, []));
    expect(auditSchema(doc)).toEqual([]);
    expect(doc).toEqual({
      format: 'jaavi-audit/1',
      ruleset: 'fi-2026.2',
      meeting_id: 'm-1',
      items: [
        {
          item_id: 'i-1',
          missed_recusals: [{ person_id: 'anna', grounds: ['HL28_1_5'] }],
          unfounded_recusals: [{ person_id: 'bertta' }],
          upstream_defects: [],
          ungrounded_recusals: [{ person_id: 'bertta' }],
        },
        { item_id: 'i-2', missed_recusals: [], unfounded_recusals: [], upstream_defects: [], ungrounded_recusals: [] },
      ],
    });
  });
});
