/**
 * The four corrections of ruleset fi-2026.2 (legal-grounds.md, "Changes in fi-2026.2"), each
 * named after the ruling it rests on.
 */
import { audit, type AgendaItemFact, type Facts, MAX_UPSTREAM_STAGES, type RecordFact, upstreamFactsFromDataset } from '../../../src/rules';
import { findingOf, org, SALE, summary, who, World } from './world';

describe('KHO:2021:163: in a council, a private entity the item only affects', () => {
  const AFFECTED = { relatedEntities: [org('seura', 'affected', 'kerho koulun tiloissa')] };
  const PARTY = { relatedEntities: [org('seura', 'party', 'ostaja')] };
  const REPRESENTED = { relatedEntities: [{ ...org('rakennus', 'representative'), onBehalfOf: 'seura' }] };

  const cases: [string, (w: World) => void, object, string | null][] = [
    [
      'chairs an affected association: no finding',
      (w) => {
        w.seat('me', 'seura', 'board_chair');
      },
      AFFECTED,
      null,
    ],
    [
      "spouse on an affected association's board: no finding",
      (w) => {
        w.rel('me', 's', 'spouse');
        w.seat('s', 'seura', 'board_member');
      },
      AFFECTED,
      null,
    ],
    [
      'CEO of an affected private company: no finding',
      (w) => {
        w.seat('me', 'rakennus', 'ceo');
      },
      { relatedEntities: [org('rakennus', 'affected')] },
      null,
    ],
    [
      'material interest in an affected company: review, lean disqualified',
      (w) => {
        w.interest('me', 'rakennus', { material: true });
      },
      { relatedEntities: [org('rakennus', 'affected')] },
      'needs_review disqualified KL97_1',
    ],
    [
      "a circle-1 relative's material interest in it: review, lean disqualified",
      (w) => {
        w.rel('me', 'c', 'child');
        w.interest('c', 'rakennus', { material: true });
      },
      { relatedEntities: [org('rakennus', 'affected')] },
      'needs_review disqualified KL97_1',
    ],
    [
      'an interest not judged material in it: nothing',
      (w) => {
        w.interest('me', 'rakennus');
      },
      { relatedEntities: [org('rakennus', 'affected')] },
      null,
    ],
    [
      "an uncle's material interest (circle 2): nothing",
      (w) => {
        w.rel('me', 'u', 'aunt_uncle');
        w.interest('u', 'rakennus', { material: true });
      },
      { relatedEntities: [org('rakennus', 'affected')] },
      null,
    ],
    [
      'chairs a private party: unchanged, review lean disqualified',
      (w) => {
        w.seat('me', 'seura', 'board_chair');
      },
      PARTY,
      'needs_review disqualified KL97_1',
    ],
    [
      'any declared interest in a private party: review lean disqualified',
      (w) => {
        w.interest('me', 'seura');
      },
      PARTY,
      'needs_review disqualified KL97_1',
    ],
    [
      'chairs the private entity a representative acts for: review lean disqualified',
      (w) => {
        w.seat('me', 'seura', 'board_chair');
      },
      REPRESENTED,
      'needs_review disqualified KL97_1',
    ],
    [
      'the councillor herself affected: still disqualified',
      (w) => {
        w.person('me');
      },
      { relatedEntities: [who('me', 'affected')] },
      'disqualified KL97_1',
    ],
  ];
  it.each(cases)('%s', (_t, build, item, expected) => {
    const w = new World();
    w.seat('me', 'k-kv', 'vice_chair', { group: 'A' });
    build(w);
    expect(summary(findingOf(w.check('k-kv', item), 'me'))).toBe(expected);
  });

  it.each<[string, string]>([
    ['k-kv', 'KL 97 § 1 mom.'],
    ['h-av', 'HVAL 102 § 1 mom.'],
  ])('in %s the board seat is a note citing %s and the ruling', (council, law) => {
    const w = new World();
    w.seat('me', council, 'member', { group: 'A' });
    w.seat('me', 'seura', 'board_chair');
    const item = w.check(council, AFFECTED);
    expect(item.findings).toEqual([]);
    expect(item.notes.filter((n) => n.personId === 'me').map((n) => n.text)).toEqual([expect.stringContaining(`${law}; KHO:2021:163`)]);
  });

  it('outside a council the same seat still disqualifies (HL 28.1 § 5)', () => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', 'seura', 'board_chair');
    expect(summary(findingOf(w.check('k-kh', AFFECTED), 'me'))).toBe('disqualified HL28_1_5');
  });
});

describe('KHO:2013:55: KL 97.3 / HVAL 102.3 cover elected officials only', () => {
  it.each<[string, string, (w: World) => void, string | null]>([
    [
      'council chair attending the board (KL 18.2)',
      'k-kh',
      (w) => {
        w.seat('att', 'k-kv', 'chair', { group: 'A' });
      },
      'disqualified KL97_3',
    ],
    [
      'a council deputy seat counts',
      'k-kh',
      (w) => {
        w.seat('att', 'k-kv', 'deputy', { group: 'A', deputyOrder: 1 });
      },
      'disqualified KL97_3',
    ],
    [
      'a committee seat counts',
      'k-kh',
      (w) => {
        w.seat('att', 'k-tl', 'member');
      },
      'disqualified KL97_3',
    ],
    [
      "a seat in the own enterprise's board counts",
      'k-kh',
      (w) => {
        w.seat('att', 'kvesi-jk', 'member');
      },
      'disqualified KL97_3',
    ],
    ['an official with no seat (viranhaltija): no finding', 'k-kh', () => undefined, null],
    [
      "a seat in the county's bodies is not the own organisation's",
      'k-kh',
      (w) => {
        w.seat('att', 'h-av', 'member', { group: 'A' });
      },
      null,
    ],
    [
      'a council seat that ended before the meeting',
      'k-kh',
      (w) => {
        w.seat('att', 'k-kv', 'member', { group: 'A', startDate: '2021-08-01', endDate: '2025-05-31' });
      },
      null,
    ],
    [
      'a seat that begins after the meeting',
      'k-kh',
      (w) => {
        w.seat('att', 'k-tl', 'member', { startDate: '2026-06-01' });
      },
      null,
    ],
    [
      'HVAL 102.3: a regional councillor attending the county board',
      'h-ah',
      (w) => {
        w.seat('att', 'h-av', 'member', { group: 'A' });
      },
      'disqualified HVAL102_3',
    ],
  ])('%s', (_t, body, build, expected) => {
    const w = new World();
    w.seat('att', body === 'h-ah' ? 'h' : 'k', 'employee');
    build(w);
    const item = w.check(body, { preparedBy: ['att'] }, { participants: [{ personId: 'att', role: 'attendee' }] });
    expect(summary(findingOf(item, 'att', 'attendee'))).toBe(expected);
  });

  it('members and deputies of the body stay covered', () => {
    const w = new World();
    const principal = w.seat('mem', 'k-kh');
    w.seat('dep', 'k-kh', 'deputy', { deputyFor: principal });
    w.seat('dep', 'k', 'employee');
    w.seat('mem', 'k', 'employee');
    const item = w.check('k-kh', { preparedBy: ['mem', 'dep'] });
    expect(summary(findingOf(item, 'mem'))).toBe('disqualified KL97_3');
    expect(summary(findingOf(item, 'dep', 'deputy'))).toBe('disqualified KL97_3');
  });

  it('an official attendee who prepared a sale to a company she chairs is still caught by HL 28', () => {
    const w = new World();
    w.seat('att', 'k', 'employee');
    w.seat('att', 'rakennus', 'board_chair');
    const item = w.check(
      'k-kh',
      { ...{ relatedEntities: [org('rakennus', 'party')] }, preparedBy: ['att'] },
      { participants: [{ personId: 'att', role: 'attendee' }] },
    );
    expect(summary(findingOf(item, 'att'))).toBe('disqualified HL28_1_5');
  });
});

describe('KHO 17.8.2017 T 3890: upstream defects follow the whole prepared_in chain', () => {
  const record = (participants: string[]): RecordFact => ({ participants, recusals: [], substitutes: [] });
  function world(): World {
    const w = new World();
    w.seat('reijo', 'k-tl'); // his sister owns land in the plan
    w.rel('reijo', 'ritva', 'sibling');
    w.seat('teemu', 'k-tl');
    w.seat('kaisa', 'k-kh');
    w.seat('kerttu', 'k-kv', 'member', { group: 'A' });
    return w;
  }
  const PLAN = { relatedEntities: [who('ritva', 'affected')] };
  /** A chain of stages, the first (oldest) listed first; each prepares the next. */
  function stages(w: World, spec: { id: string; body: string; date: string; item: Partial<AgendaItemFact> }[]): Facts[] {
    return spec.map((s, i) =>
      w.facts({ id: s.id, organizationId: s.body, status: 'held', startDate: `${s.date}T14:00:00+02:00` }, [
        { id: `${s.id}-item`, ...PLAN, ...(i > 0 ? { preparedIn: `${spec[i - 1].id}-item` } : {}), ...s.item },
      ]),
    );
  }

  it.each<[string, Partial<AgendaItemFact>, Partial<AgendaItemFact>, string[]]>([
    [
      'a missed recusal two stages up taints the council decision',
      { record: record(['reijo', 'teemu']) },
      { record: record(['kaisa']) },
      ['tl-0-item/reijo'],
    ],
    ['the walk goes on past a stage with no minutes record', { record: record(['reijo']) }, { record: null }, ['tl-0-item/reijo']],
    [
      'a recusal at the first stage leaves nothing',
      { record: { ...record(['teemu']), recusals: [{ personId: 'reijo', grounds: ['HL28_1_3'] }] } },
      { record: record(['kaisa']) },
      [],
    ],
  ])('%s', (_t, first, second, expected) => {
    const w = world();
    const [tl, kh, kv] = stages(w, [
      { id: 'tl-0', body: 'k-tl', date: '2025-09-16', item: first },
      { id: 'kh-0', body: 'k-kh', date: '2025-11-03', item: second },
      { id: 'kv-0', body: 'k-kv', date: '2025-12-15', item: { record: record(['kerttu']) } },
    ]);
    const defects = audit(kv, [kh, tl]).items[0].upstreamDefects;
    expect(defects.map((d) => `${d.itemId}/${d.personId}`)).toEqual(expected);
  });

  it('each defect names its stage, meeting and date, explained as the check explains it', () => {
    const w = world();
    const [tl, kh, kv] = stages(w, [
      { id: 'tl-0', body: 'k-tl', date: '2025-09-16', item: { record: record(['reijo']) } },
      { id: 'kh-0', body: 'k-kh', date: '2025-11-03', item: { record: record(['kaisa']) } },
      { id: 'kv-0', body: 'k-kv', date: '2025-12-15', item: { record: record(['kerttu']) } },
    ]);
    const [defect] = audit(kv, [tl, kh], { lang: 'en' }).items[0].upstreamDefects;
    expect(defect).toMatchObject({
      itemId: 'tl-0-item',
      meetingId: 'tl-0',
      date: '2025-09-16',
      stage: 2,
      personId: 'reijo',
      capacity: 'member',
      grounds: ['HL28_1_3'],
    });
    expect(defect.explanation).toBe(
      'A close relative (sibling) of Reijo is affected by this item: Reijo is disqualified and must not take part in this item. Legal ground: APA s. 28(1)(3) (particular benefit or loss).',
    );
    expect(defect.evidence.map((e) => e.kind)).toEqual(['relationship', 'related_entity']);
  });

  it(`follows at most ${MAX_UPSTREAM_STAGES} stages`, () => {
    const w = world();
    const spec = Array.from({ length: MAX_UPSTREAM_STAGES + 2 }, (_, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      body: 'k-tl',
      date: `2024-${String(1 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 ? '20' : '05'}`,
      item: { record: record(['reijo']) },
    }));
    const facts = stages(w, spec);
    const last = facts[facts.length - 1];
    const defects = audit(last, facts.slice(0, -1)).items[0].upstreamDefects;
    expect(defects).toHaveLength(MAX_UPSTREAM_STAGES);
    expect(defects.map((d) => d.stage)).toEqual(Array.from({ length: MAX_UPSTREAM_STAGES }, (_, i) => i + 1));
    expect(defects.some((d) => d.itemId === 's00-item')).toBe(false);
  });

  it('a cycle in stored data ends the walk instead of looping', () => {
    const w = world();
    const a = w.facts({ id: 'a', organizationId: 'k-tl', status: 'held' }, [
      { id: 'a-item', ...PLAN, preparedIn: 'b-item', record: record(['reijo']) },
    ]);
    const b = w.facts({ id: 'b', organizationId: 'k-tl', status: 'held' }, [
      { id: 'b-item', ...PLAN, preparedIn: 'a-item', record: record(['reijo']) },
    ]);
    expect(audit(a, [b]).items[0].upstreamDefects.map((d) => d.itemId)).toEqual(['b-item']);
  });

  it('the dataset reader collects every stage of the chain', () => {
    const event = (id: string, prepared?: string) => ({
      id,
      agenda: [{ id: `${id}-item`, ...(prepared ? { prepared_in: `${prepared}-item` } : {}) }],
    });
    const dataset = { events: [event('tl-0'), event('kh-0', 'tl-0'), event('kv-0', 'kh-0'), event('other')] };
    expect(
      upstreamFactsFromDataset(dataset, 'kv-0')
        .map((f) => f.meeting.id)
        .sort(),
    ).toEqual(['kh-0', 'tl-0']);
  });
});

describe('OKV/1691/1/2015: recusals that state no ground are listed', () => {
  function held(recusals: RecordFact['recusals']): Facts {
    const w = new World();
    w.seat('anna', 'k-kh');
    w.seat('anna', 'h-ah');
    w.seat('ben', 'k-kh');
    return w.facts({ organizationId: 'k-kh', status: 'held' }, [{ ...SALE, record: { participants: [], recusals, substitutes: [] } }]);
  }

  it.each<[string, RecordFact['recusals'], string[], string[]]>([
    ['a founded recusal without its ground', [{ personId: 'anna', grounds: [], decidedBy: 'self' }], ['anna'], []],
    ['an unfounded recusal without a ground is both', [{ personId: 'ben', grounds: [] }], ['ben'], ['ben']],
    ['a recusal stating its ground is not listed', [{ personId: 'anna', grounds: ['HL28_1_5'], decidedBy: 'body' }], [], []],
    ['a ground jaavi would not give still counts as stated', [{ personId: 'ben', grounds: ['HL28_1_1'] }], [], ['ben']],
    ['grounds missing altogether', [{ personId: 'anna', grounds: undefined as unknown as string[] }], ['anna'], []],
  ])('%s', (_t, recusals, ungrounded, unfounded) => {
    const [item] = audit(held(recusals)).items;
    expect(item.ungroundedRecusals.map((u) => u.personId)).toEqual(ungrounded);
    expect(item.unfoundedRecusals.map((u) => u.personId)).toEqual(unfounded);
  });
});
