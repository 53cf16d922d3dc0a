import { CONTRACT, findingOf, org, SALE, summary, who, World } from './world';

describe('KL97_1 / HVAL102_1: only personal matters disqualify a councillor', () => {
  it.each<[string, string]>([
    ['k-kv', 'KL97_1'],
    ['kky-valtuusto', 'KL97_1'],
    ['h-av', 'HVAL102_1'],
    ['hyky-valtuusto', 'HVAL102_1'],
  ])('in %s the code is %s', (council, code) => {
    const w = new World();
    w.seat('me', council, 'member', { group: 'A' });
    expect(summary(findingOf(w.check(council, { relatedEntities: [who('me')] }), 'me'))).toBe(`disqualified ${code}`);
  });

  it.each<[string, (w: World) => void, object, string | null]>([
    [
      'daughter is a candidate (party)',
      (w) => {
        w.rel('me', 'x', 'child');
      },
      { relatedEntities: [who('x')] },
      'disqualified KL97_1',
    ],
    [
      'step-child affected (circle 3)',
      (w) => {
        w.rel('me', 'x', 'spouse_child');
      },
      { relatedEntities: [who('x', 'affected')] },
      'disqualified KL97_1',
    ],
    [
      'uncle is a party (circle 2)',
      (w) => {
        w.rel('me', 'x', 'aunt_uncle');
      },
      { relatedEntities: [who('x')] },
      'disqualified KL97_1',
    ],
    [
      'cousin is a party',
      (w) => {
        w.rel('me', 'x', 'cousin');
      },
      { relatedEntities: [who('x')] },
      null,
    ],
    [
      'represents a party: not a personal matter',
      (w) => {
        w.person('x');
      },
      { relatedEntities: [who('x'), { ...who('me'), role: 'representative' }] },
      null,
    ],
    [
      'CEO of the private bidder',
      (w) => {
        w.seat('me', 'rakennus', 'ceo');
      },
      CONTRACT,
      'needs_review disqualified KL97_1',
    ],
    [
      "spouse on the private bidder's board",
      (w) => {
        w.rel('me', 's', 'spouse');
        w.seat('s', 'rakennus', 'board_member');
      },
      CONTRACT,
      'needs_review disqualified KL97_1',
    ],
    [
      "uncle on the private bidder's board: circle 1 only",
      (w) => {
        w.rel('me', 's', 'aunt_uncle');
        w.seat('s', 'rakennus', 'board_member');
      },
      CONTRACT,
      null,
    ],
    [
      'shareholding in the private bidder',
      (w) => {
        w.interest('me', 'rakennus', { material: true });
      },
      CONTRACT,
      'needs_review disqualified KL97_1',
    ],
    [
      'board of an association',
      (w) => {
        w.seat('me', 'seura', 'board_chair');
      },
      { relatedEntities: [org('seura')] },
      'needs_review disqualified KL97_1',
    ],
    [
      'board of a city-owned company: not private',
      (w) => {
        w.seat('me', 'ktilat', 'board_member');
      },
      { relatedEntities: [org('ktilat')] },
      null,
    ],
    [
      'county board member, county a party',
      (w) => {
        w.seat('me', 'h-ah');
      },
      SALE,
      null,
    ],
    [
      'employee of the private bidder: not listed',
      (w) => {
        w.seat('me', 'rakennus', 'employee');
      },
      CONTRACT,
      null,
    ],
    [
      'deputy board member of the private bidder: not listed',
      (w) => {
        w.seat('me', 'rakennus', 'deputy_board_member');
      },
      CONTRACT,
      null,
    ],
    [
      'prepared the item as a city employee: KL 97.3 does not apply in council',
      (w) => {
        w.seat('me', 'k', 'employee');
      },
      { preparedBy: ['me'] },
      null,
    ],
  ])('%s', (_t, build, item, expected) => {
    const w = new World();
    w.seat('me', 'k-kv', 'member', { group: 'A' });
    build(w);
    expect(summary(findingOf(w.check('k-kv', item), 'me'))).toBe(expected);
  });

  it('a company with a private owner only is private', () => {
    const w = new World();
    w.orgs.push({ id: 'holding', name: 'Holding Oy', classification: 'company' });
    w.orgs.push({ id: 'sub', name: 'Sub Oy', classification: 'company', owners: [{ organizationId: 'holding', share: 1 }] });
    w.seat('me', 'k-kv', 'member', { group: 'A' });
    w.seat('me', 'sub', 'ceo');
    expect(summary(findingOf(w.check('k-kv', { relatedEntities: [org('sub')] }), 'me'))).toBe('needs_review disqualified KL97_1');
  });

  it('non-member participants of a council are evaluated as in any other body', () => {
    const w = new World();
    w.seat('mgr', 'h-ah');
    const item = w.check('k-kv', SALE, { participants: [{ personId: 'mgr', role: 'attendee' }] });
    expect(findingOf(item, 'mgr')).toMatchObject({ capacity: 'attendee', outcome: 'disqualified', grounds: ['HL28_1_5'] });
  });
});

describe('KL97_3 / HVAL102_3: own employee who prepared or presented the item', () => {
  it.each<[string, string, string, (w: World) => void, object, string | null]>([
    [
      'city employee member who prepared',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'k', 'employee');
      },
      { preparedBy: ['me'] },
      'disqualified KL97_3',
    ],
    [
      'city employee member named presented_by',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'k', 'employee');
      },
      { presentedBy: 'me' },
      'disqualified KL97_3',
    ],
    [
      'city enterprise employee who prepared',
      'k-tl',
      'member',
      (w) => {
        w.seat('me', 'kvesi', 'employee');
      },
      { preparedBy: ['me'] },
      'disqualified KL97_3',
    ],
    [
      'county employee member who prepared (county board)',
      'h-ah',
      'member',
      (w) => {
        w.seat('me', 'h', 'employee');
      },
      { preparedBy: ['me'] },
      'disqualified HVAL102_3',
    ],
    [
      'did not prepare',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'k', 'employee');
      },
      { preparedBy: ['other'] },
      null,
    ],
    ['prepared but not employed', 'k-kh', 'member', () => undefined, { preparedBy: ['me'] }, null],
    [
      'prepared but employed elsewhere',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'rakennus', 'employee');
      },
      { preparedBy: ['me'] },
      null,
    ],
    [
      'contractor is no employee',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'k', 'contractor');
      },
      { preparedBy: ['me'] },
      null,
    ],
    [
      'employment ended',
      'k-kh',
      'member',
      (w) => {
        w.seat('me', 'k', 'employee', { startDate: '2010-01-01', endDate: '2025-01-01' });
      },
      { preparedBy: ['me'] },
      null,
    ],
  ])('%s', (_t, body, role, build, item, expected) => {
    const w = new World();
    w.seat('me', body, role as 'member');
    build(w);
    expect(summary(findingOf(w.check(body, item), 'me'))).toBe(expected);
  });

  it('applies to an attendee holding a seat in the own organisation, not to the presenter or minute-taker acting in that role', () => {
    const w = new World();
    for (const p of ['att', 'pres', 'mt']) w.seat(p, 'k', 'employee');
    for (const p of ['att', 'pres', 'mt']) w.seat(p, 'k-kv', 'member', { group: 'A' });
    const item = w.check(
      'k-kh',
      { preparedBy: ['att', 'pres', 'mt'] },
      {
        participants: [
          { personId: 'att', role: 'attendee' },
          { personId: 'pres', role: 'presenter' },
          { personId: 'mt', role: 'minute_taker' },
        ],
      },
    );
    expect(item.findings.map((f) => [f.personId, f.capacity, f.grounds.join()])).toEqual([['att', 'attendee', 'KL97_3']]);
  });

  it('the item presenter overrides the meeting presenter', () => {
    const w = new World();
    w.seat('pres', 'h-ah');
    w.seat('other', 'h-ah');
    const item = w.check('k-kh', { ...SALE, presentedBy: 'other' }, { participants: [{ personId: 'pres', role: 'presenter' }] });
    expect(item.findings.map((f) => [f.personId, f.capacity])).toEqual([['other', 'presenter']]);
    expect(item.substitutions).toEqual([
      { forPersonId: 'other', deputyPersonId: null, status: 'substitute_presenter_needed', reason: 'finding' },
    ]);
  });
});
