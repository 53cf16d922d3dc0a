import { audit, type AgendaItemFact, type Facts, type RecordFact } from '../../../src/rules';
import { org, SALE, World } from './world';

function held(w: World, record: Partial<RecordFact>, item: Partial<AgendaItemFact> = SALE, extra = {}): Facts {
  return w.facts({ organizationId: 'k-kh', status: 'held', ...extra }, [
    { ...item, record: { participants: [], recusals: [], substitutes: [], ...record } },
  ]);
}

describe('audit (legal-grounds §8)', () => {
  function world(): World {
    const w = new World();
    const anna = w.seat('anna', 'k-kh');
    w.seat('anna', 'h-ah');
    w.seat('bertta', 'k-kh', 'deputy', { deputyFor: anna });
    w.seat('ben', 'k-kh');
    w.seat('cai', 'k-kh');
    w.seat('cai', 'h-ah', 'deputy');
    return w;
  }

  it.each<[string, Partial<RecordFact>, string[], string[]]>([
    ['a disqualified participant who did not recuse is a missed recusal', { participants: ['anna', 'ben'] }, ['anna'], []],
    ['recusing correctly is neither', { participants: ['ben'], recusals: [{ personId: 'anna', grounds: ['HL28_1_5'] }] }, [], []],
    [
      'recusing without any finding is unfounded',
      { participants: ['anna'], recusals: [{ personId: 'ben', grounds: [] }] },
      ['anna'],
      ['ben'],
    ],
    ['needs_review makes a recusal founded', { participants: [], recusals: [{ personId: 'cai', grounds: ['HL28_1_5'] }] }, [], []],
    ['needs_review taking part is no missed recusal', { participants: ['cai'] }, [], []],
  ])('%s', (_t, record, missed, unfounded) => {
    const [item] = audit(held(world(), record), []).items;
    expect(item?.missedRecusals.map((m) => m.personId)).toEqual(missed);
    expect(item?.unfoundedRecusals.map((m) => m.personId)).toEqual(unfounded);
  });

  it('names the grounds of a missed recusal and the ruleset', () => {
    const report = audit(held(world(), { participants: ['anna'] }), []);
    expect(report).toMatchObject({ format: 'jaavi-audit/1', ruleset: 'fi-2026.2', meetingId: 'm-1', date: '2026-03-10' });
    expect(report.items[0]?.missedRecusals).toMatchObject([{ personId: 'anna', capacity: 'member', grounds: ['HL28_1_5'] }]);
    // Explained as the check explains it, with the evidence (the county board seat and the county's role).
    const [missed] = report.items[0]?.missedRecusals ?? [];
    expect(missed?.explanation).toMatch(
      /^Anna on jäsen: Aluehallitus, Hyvinvointialue H .*, ja Hyvinvointialue H on tässä asiassa asianosainen .*Peruste: HL 28 § 1 mom. 5 k./,
    );
    expect(missed?.evidence.map((e) => e.kind)).toEqual(['membership', 'related_entity']);
  });

  it('evaluates a deputy who took part as a deputy, and a non-member as an attendee', () => {
    const w = world();
    w.seat('dora', 'h-ah');
    w.seat('dora', 'k', 'employee');
    const item = audit(
      held(
        w,
        { participants: ['bertta', 'dora'], substitutes: [{ personId: 'bertta', forPersonId: 'anna' }] },
        { ...SALE, preparedBy: ['dora'] },
      ),
      [],
    ).items[0];
    // Dora holds no seat in the city's bodies: an official, so KL 97.3 is not hers (KHO:2013:55).
    expect(item?.missedRecusals.map((m) => [m.personId, m.capacity, m.grounds])).toEqual([['dora', 'attendee', ['HL28_1_5']]]);
  });

  it('the presenter acting in that role is not caught by KL 97.3', () => {
    const w = world();
    w.seat('pia', 'k', 'employee');
    const item = audit(held(w, { participants: ['pia'] }, { preparedBy: ['pia'], presentedBy: 'pia' }), []).items[0];
    expect(item?.missedRecusals).toEqual([]);
  });

  it('evaluates as of the meeting date', () => {
    const w = world();
    const later = held(w, { participants: ['anna'] }, SALE, { startDate: '2025-05-01T10:00:00+03:00' });
    expect(audit(later, []).items[0]?.missedRecusals).toEqual([]);
  });

  describe('upstream defects (KHO:2018:24)', () => {
    function chain(boardDate: string) {
      const w = world();
      const board = w.facts({ id: 'kh-0', organizationId: 'k-kh', status: 'held', startDate: `${boardDate}T10:00:00+02:00` }, [
        { id: 'kh-item', ...SALE, record: { participants: ['anna', 'ben'], recusals: [], substitutes: [] } },
      ]);
      const council = w.facts({ id: 'kv-0', organizationId: 'k-kv', status: 'held' }, [
        { id: 'kv-item', ...SALE, preparedIn: 'kh-item', record: { participants: [], recusals: [], substitutes: [] } },
      ]);
      return { board, council };
    }

    it('reports each missed recusal of the preparing item', () => {
      const { board, council } = chain('2026-02-01');
      expect(audit(council, [board]).items[0]?.upstreamDefects).toMatchObject([
        { itemId: 'kh-item', personId: 'anna', meetingId: 'kh-0', date: '2026-02-01', stage: 1, grounds: ['HL28_1_5'] },
      ]);
    });

    it('evaluates the upstream item as of its own meeting date', () => {
      const { board, council } = chain('2025-05-15'); // before Anna's county seat began
      expect(audit(council, [board]).items[0]?.upstreamDefects).toEqual([]);
    });

    it('without the upstream facts there is nothing to report', () => {
      expect(audit(chain('2026-02-01').council, []).items[0]?.upstreamDefects).toEqual([]);
    });
  });

  it('lists every agenda item, with or without a record', () => {
    const w = world();
    const facts = w.facts({ organizationId: 'k-kh', status: 'held' }, [{ relatedEntities: [org('seura')] }, SALE]);
    expect(audit(facts, []).items.map((i) => [i.itemId, i.missedRecusals.length])).toEqual([
      ['i-1', 0],
      ['i-2', 0],
    ]);
  });
});
