import { diffReports } from '../../../src/checks/check-diff';
import type { CheckDocument } from '../../../src/rules/interchange';

const finding = (person: string, grounds: string[]) => ({
  person_id: person,
  capacity: 'member' as const,
  outcome: 'disqualified' as const,
  grounds: grounds as never,
  explanation: 'x',
  evidence: [],
});

function report(findings: ReturnType<typeof finding>[], deputy = 'b'): CheckDocument {
  return {
    format: 'jaavi-check/1',
    ruleset: 'fi-2026.2',
    meeting_id: 'm',
    body_id: 'kh',
    date: '2026-03-10',
    items: [
      {
        item_id: 'i',
        findings,
        substitutions: [{ for_person_id: 'a', deputy_person_id: deputy, status: 'summon', reason: 'finding' }],
        quorum: { seats: 11, required: 6, present: 11, met: true, depends_on_review: false, fallback: null },
        notes: [],
      },
    ],
  };
}

describe('diffReports', () => {
  it('sees no change between equal reports, whatever the key order (stored jsonb reorders keys)', () => {
    const before = report([finding('a', ['HL28_1_5'])]);
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled: CheckDocument = {
      ...before,
      items: before.items.map((i) => reversed({ ...i, quorum: reversed(i.quorum), substitutions: i.substitutions.map(reversed) })),
    };
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(before));
    expect(diffReports('r', shuffled, before)).toMatchObject({
      newFindings: [],
      removedFindings: [],
      changedFindings: [],
      summonsChanged: [],
      quorumChanged: [],
    });
  });

  it.each([
    [
      'a new finding',
      report([]),
      report([finding('a', ['HL28_1_5'])]),
      { newFindings: [{ itemId: 'i', personId: 'a', capacity: 'member' }] },
    ],
    [
      'a removed finding',
      report([finding('a', ['HL28_1_5'])]),
      report([]),
      { removedFindings: [{ itemId: 'i', personId: 'a', capacity: 'member' }] },
    ],
    [
      'changed grounds',
      report([finding('a', ['HL28_1_5'])]),
      report([finding('a', ['HL28_1_4'])]),
      { changedFindings: [{ itemId: 'i', personId: 'a', capacity: 'member' }] },
    ],
    ['another deputy', report([], 'b'), report([], 'c'), { summonsChanged: ['i'] }],
  ])('reports %s', (_name, before, after, expected) => {
    expect(diffReports('r', before, after)).toMatchObject(expected);
  });
});
