import type { RelationshipKind } from '../../../src/rules';
import { CONTRACT, findingOf, org, SALE, summary, who, World } from './world';

/** Member `me` of the technical committee; `x` is the relative of the given kind. */
function withRelative(kind: RelationshipKind | null): World {
  const w = new World();
  w.seat('me', 'k-tl');
  if (kind) w.rel('me', 'x', kind);
  else w.person('x');
  return w;
}

const FIRST: RelationshipKind[] = [
  'spouse',
  'cohabiting_partner',
  'child',
  'grandchild',
  'sibling',
  'parent',
  'grandparent',
  'especially_close',
  'child_spouse',
  'grandchild_spouse',
  'sibling_spouse',
  'parent_spouse',
  'grandparent_spouse',
];
const SECOND: RelationshipKind[] = ['aunt_uncle', 'aunt_uncle_spouse', 'niece_nephew', 'former_spouse'];
const THIRD: RelationshipKind[] = [
  'spouse_child',
  'spouse_grandchild',
  'spouse_sibling',
  'spouse_parent',
  'spouse_grandparent',
  'spouse_child_spouse',
  'spouse_grandchild_spouse',
  'spouse_sibling_spouse',
  'spouse_parent_spouse',
  'spouse_grandparent_spouse',
  'spouse_niece_nephew',
];
const NONE: RelationshipKind[] = ['cousin', 'other'];

const table = (kinds: RelationshipKind[], expected: string | null) => kinds.map((k) => [k, expected] as const);

describe('HL28_1_1 asianosaisjäävi: the person or a relative (circles 1–3) is a party', () => {
  it('the member personally', () => {
    const w = withRelative(null);
    expect(summary(findingOf(w.check('k-tl', { relatedEntities: [who('me')] }), 'me'))).toBe('disqualified HL28_1_1');
  });

  it.each([
    ...table(FIRST, 'disqualified HL28_1_1'),
    ...table(SECOND, 'disqualified HL28_1_1'),
    ...table(THIRD, 'disqualified HL28_1_1'),
    ...table(NONE, null),
  ])('relative %s → %s', (kind, expected) => {
    const w = withRelative(kind);
    expect(summary(findingOf(w.check('k-tl', { relatedEntities: [who('x')] }), 'me'))).toBe(expected);
  });

  it('a cousin who is a party gives a note, not a finding', () => {
    const item = withRelative('cousin').check('k-tl', { relatedEntities: [who('x')] });
    expect(item.findings).toEqual([]);
    expect(item.notes.some((n) => n.personId === 'me' && /serkku/.test(n.text))).toBe(true);
  });

  it.each([
    ['sibling recorded from the other side', (w: World) => w.rel('x', 'me', 'sibling'), 'disqualified HL28_1_1'],
    ['ex-spouse (ended marriage)', (w: World) => w.rel('me', 'x', 'spouse', { endDate: '2023-01-01' }), 'disqualified HL28_1_1'],
    ['ended especially close relation', (w: World) => w.rel('me', 'x', 'especially_close', { endDate: '2023-01-01' }), null],
    [
      "spouse's child derived in two steps",
      (w: World) => {
        w.rel('me', 's', 'spouse');
        w.rel('s', 'x', 'child');
      },
      'disqualified HL28_1_1',
    ],
    [
      "ex-spouse's child: chain stops",
      (w: World) => {
        w.rel('me', 's', 'former_spouse');
        w.rel('s', 'x', 'child');
      },
      null,
    ],
  ])('%s', (_t, build, expected) => {
    const w = withRelative(null);
    build(w);
    expect(summary(findingOf(w.check('k-tl', { relatedEntities: [who('x')] }), 'me'))).toBe(expected);
  });
});

describe('HL28_1_2 edustusjäävi: the person or a relative (circles 1–3) represents a party', () => {
  it.each([
    ['self', null, 'me'],
    ['child', 'child', 'x'],
    ['niece', 'niece_nephew', 'x'],
    ['step-child', 'spouse_child', 'x'],
    ['cousin', 'cousin', 'x'],
  ] as const)('%s', (_t, kind, rep) => {
    const w = withRelative(kind);
    const item = w.check('k-tl', {
      relatedEntities: [org('rakennus', 'party'), { ...who(rep), role: 'representative', onBehalfOf: 'rakennus' }],
    });
    expect(summary(findingOf(item, 'me'))).toBe(kind === 'cousin' ? null : 'disqualified HL28_1_2');
  });
});

describe('HL28_1_3 intressijäävi', () => {
  it.each([
    ...table(['spouse', 'child', 'parent_spouse'], 'disqualified HL28_1_3'),
    ...table(['aunt_uncle', 'spouse_child', 'former_spouse', 'cousin'], null),
  ])('affected relative %s → %s', (kind, expected) => {
    const w = withRelative(kind);
    expect(summary(findingOf(w.check('k-tl', { relatedEntities: [who('x', 'affected')] }), 'me'))).toBe(expected);
  });

  it('affected personally', () => {
    const w = withRelative(null);
    expect(summary(findingOf(w.check('k-tl', { relatedEntities: [who('me', 'affected')] }), 'me'))).toBe('disqualified HL28_1_3');
  });

  it.each<[string, (w: World) => void, string | null]>([
    [
      'own shareholding',
      (w) => {
        w.interest('me', 'rakennus');
      },
      'needs_review not_disqualified HL28_1_3',
    ],
    [
      'own material shareholding (KHO:2009:89)',
      (w) => {
        w.interest('me', 'rakennus', { material: true });
      },
      'disqualified HL28_1_3',
    ],
    [
      "spouse's shareholding",
      (w) => {
        w.rel('me', 's', 'spouse');
        w.interest('s', 'rakennus');
      },
      'needs_review not_disqualified HL28_1_3',
    ],
    [
      "uncle's shareholding: circle 2 not covered",
      (w) => {
        w.rel('me', 'u', 'aunt_uncle');
        w.interest('u', 'rakennus');
      },
      null,
    ],
    [
      'interest without an organisation',
      (w) => {
        w.interest('me', null);
      },
      null,
    ],
    [
      'interest that ended before D',
      (w) => {
        w.interest('me', 'rakennus', { endDate: '2026-01-01' });
      },
      null,
    ],
    [
      'interest that starts after D',
      (w) => {
        w.interest('me', 'rakennus', { startDate: '2026-04-01' });
      },
      null,
    ],
    [
      'interest in an unrelated company',
      (w) => {
        w.interest('me', 'seura');
      },
      null,
    ],
    [
      'spouse employed by the bidder',
      (w) => {
        w.rel('me', 's', 'spouse');
        w.seat('s', 'rakennus', 'employee');
      },
      'needs_review not_disqualified HL28_1_3',
    ],
    [
      'parent employed by the city (a party)',
      (w) => {
        w.rel('me', 's', 'parent');
        w.seat('s', 'k', 'employee');
      },
      'needs_review not_disqualified HL28_1_3',
    ],
    [
      'niece employed by the bidder: circle 2',
      (w) => {
        w.rel('me', 's', 'niece_nephew');
        w.seat('s', 'rakennus', 'employee');
      },
      null,
    ],
  ])('%s', (_t, build, expected) => {
    const w = withRelative(null);
    build(w);
    expect(summary(findingOf(w.check('k-tl', CONTRACT), 'me'))).toBe(expected);
  });
});

describe('HL28_1_4 palvelussuhdejäävi and the own-employer exception (KL 97.3)', () => {
  it.each<[string, string, string, string, string | null]>([
    ['employee of the bidder', 'k-tl', 'rakennus', 'employee', 'disqualified HL28_1_4'],
    ['contractor of the bidder', 'k-tl', 'rakennus', 'contractor', 'disqualified HL28_1_4'],
    ['city employee on a city body, city a party', 'k-tl', 'k', 'employee', null],
    ['city water-enterprise employee, city a party', 'k-tl', 'kvesi', 'employee', null],
    ['county employee on the city board, county a party', 'k-kh', 'h', 'employee', 'disqualified HL28_1_4'],
    ['city employee on the county board, city a party', 'h-ah', 'k', 'employee', 'disqualified HL28_1_4'],
    ['city enterprise employee on the county board, city a party', 'h-ah', 'kvesi', 'employee', 'disqualified HL28_1_4'],
    ['county enterprise employee on the county board', 'h-ah', 'hliike', 'employee', null],
    ['joint authority employee on the city board (no KL 97.3 cover)', 'k-kh', 'kky', 'employee', 'disqualified HL28_1_4'],
  ])('%s', (_t, body, employer, role, expected) => {
    const w = new World();
    w.seat('me', body);
    w.seat('me', employer, role as 'employee');
    const item = w.check(body, { relatedEntities: [...SALE.relatedEntities, org('rakennus'), org('kky')] });
    expect(summary(findingOf(item, 'me'))).toBe(expected);
  });

  it('employment ended before D is no HL28_1_4 ground (only the general clause)', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', 'employee', { startDate: '2020-01-01', endDate: '2025-01-01' });
    expect(findingOf(w.check('k-tl', CONTRACT), 'me')).toBeUndefined();
  });
});

describe('HL28_1_5 yhteisöjäävi and the own-unit exception (KL 97.4)', () => {
  it.each<[string, (w: World) => void, object, string | null]>([
    [
      'CEO of the bidder',
      (w) => {
        w.seat('me', 'rakennus', 'ceo');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'deputy CEO of the bidder',
      (w) => {
        w.seat('me', 'rakennus', 'deputy_ceo');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'board chair of the bidder',
      (w) => {
        w.seat('me', 'rakennus', 'board_chair');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'supervisory board member (entity role)',
      (w) => {
        w.seat('me', 'rakennus', 'supervisory_board_member');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'seat in the supervisory board body',
      (w) => {
        w.seat('me', 'rak-hn', 'member');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'chair of the company board body',
      (w) => {
        w.seat('me', 'rak-hall', 'chair');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'deputy board member (entity role)',
      (w) => {
        w.seat('me', 'rakennus', 'deputy_board_member');
      },
      CONTRACT,
      'needs_review disqualified HL28_1_5',
    ],
    [
      'deputy seat in the board body',
      (w) => {
        w.seat('me', 'rak-hall', 'deputy');
      },
      CONTRACT,
      'needs_review disqualified HL28_1_5',
    ],
    [
      'sister is CEO (circle 1)',
      (w) => {
        w.rel('me', 's', 'sibling');
        w.seat('s', 'rakennus', 'ceo');
      },
      CONTRACT,
      'disqualified HL28_1_5',
    ],
    [
      'spouse is a deputy board member',
      (w) => {
        w.rel('me', 's', 'spouse');
        w.seat('s', 'rakennus', 'deputy_board_member');
      },
      CONTRACT,
      'needs_review disqualified HL28_1_5',
    ],
    [
      'county board member, county a party (dual role)',
      (w) => {
        w.seat('me', 'h-ah');
      },
      SALE,
      'disqualified HL28_1_5',
    ],
    [
      'county board deputy, county a party',
      (w) => {
        w.seat('me', 'h-ah', 'deputy');
      },
      SALE,
      'needs_review disqualified HL28_1_5',
    ],
    [
      'regional council seat is not board-type (note)',
      (w) => {
        w.seat('me', 'h-av');
      },
      SALE,
      null,
    ],
    [
      'board member of the city-owned company: no exception',
      (w) => {
        w.seat('me', 'ktilat', 'board_member');
      },
      { relatedEntities: [org('ktilat'), org('k')] },
      'disqualified HL28_1_5',
    ],
    [
      'board of the own enterprise, enterprise affected',
      (w) => {
        w.seat('me', 'kvesi', 'board_member');
      },
      { relatedEntities: [org('kvesi', 'affected')] },
      null,
    ],
    [
      "seat in the own enterprise's board body",
      (w) => {
        w.seat('me', 'kvesi-jk');
      },
      { relatedEntities: [org('kvesi', 'affected')] },
      null,
    ],
    [
      'own enterprise and city both parties: conflicting interests',
      (w) => {
        w.seat('me', 'kvesi', 'board_member');
      },
      { relatedEntities: [org('kvesi'), org('k')] },
      'needs_review disqualified HL28_1_5',
    ],
    [
      'joint authority board, joint authority affected',
      (w) => {
        w.seat('me', 'kky-hallitus');
      },
      { relatedEntities: [org('kky', 'affected')] },
      null,
    ],
    [
      'joint authority board, both parties',
      (w) => {
        w.seat('me', 'kky-hallitus');
      },
      { relatedEntities: [org('k'), org('kky')] },
      'needs_review disqualified HL28_1_5',
    ],
    [
      'joint authority deputy board seat, both parties',
      (w) => {
        w.seat('me', 'kky-hallitus', 'deputy');
      },
      { relatedEntities: [org('k'), org('kky')] },
      'needs_review disqualified HL28_1_5',
    ],
    [
      'sister on the own enterprise board: the exception is only for own positions',
      (w) => {
        w.rel('me', 's', 'sibling');
        w.seat('s', 'kvesi', 'board_member');
      },
      { relatedEntities: [org('kvesi', 'affected')] },
      'disqualified HL28_1_5',
    ],
    [
      'seat in another own-city body is never a position in the city',
      (w) => {
        w.seat('me', 'k-kh');
      },
      CONTRACT,
      null,
    ],
    [
      'spouse on the city board, city a party',
      (w) => {
        w.rel('me', 's', 'spouse');
        w.seat('s', 'k-kh');
      },
      CONTRACT,
      null,
    ],
    [
      'board seat ended before D',
      (w) => {
        w.seat('me', 'rakennus', 'ceo', { startDate: '2010-01-01', endDate: '2020-01-01' });
      },
      CONTRACT,
      null,
    ],
    [
      'a representative organisation is a concerned entity',
      (w) => {
        w.seat('me', 'seura', 'board_member');
      },
      { relatedEntities: [org('rakennus'), { ...org('seura', 'representative'), onBehalfOf: 'rakennus' }] },
      'disqualified HL28_1_5',
    ],
    [
      'an evaluated organisation is not a concerned entity',
      (w) => {
        w.seat('me', 'seura', 'board_member');
      },
      { relatedEntities: [org('seura', 'evaluated')] },
      null,
    ],
  ])('%s', (_t, build, item, expected) => {
    const w = new World();
    w.seat('me', 'k-tl');
    build(w);
    expect(summary(findingOf(w.check('k-tl', item), 'me'))).toBe(expected);
  });

  it('the county board member sits on the city board too: disqualified on both boards', () => {
    const w = new World();
    w.seat('anna', 'k-kh');
    w.seat('anna', 'h-ah');
    expect(summary(findingOf(w.check('k-kh', SALE), 'anna'))).toBe('disqualified HL28_1_5');
    expect(summary(findingOf(w.check('h-ah', SALE), 'anna'))).toBe('disqualified HL28_1_5');
  });

  it('a council seat in the counterparty gives a note', () => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', 'h-av');
    const item = w.check('k-kh', SALE);
    expect(item.findings).toEqual([]);
    expect(item.notes).toEqual([expect.objectContaining({ personId: 'me', text: expect.stringContaining('Aluevaltuusto') })]);
  });
});

describe('HL28_1_6 valvontajäävi', () => {
  it('is never produced', () => {
    const w = new World();
    w.seat('me', 'k-tarkl');
    w.seat('me', 'k-kh');
    const item = w.check('k-tarkl', { relatedEntities: [org('k-kh', 'evaluated'), org('k', 'party')] });
    expect(item.findings.flatMap((f) => f.grounds)).not.toContain('HL28_1_6');
  });
});
