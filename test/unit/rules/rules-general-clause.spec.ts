import { CONTRACT, findingOf, org, SALE, summary, World } from './world';

describe('HL28_1_7 general clause', () => {
  it.each<[string, (w: World) => void, string | null]>([
    [
      'uncle is CEO of the bidder (circle 2)',
      (w) => {
        w.rel('me', 'u', 'aunt_uncle');
        w.seat('u', 'rakennus', 'ceo');
      },
      'needs_review not_disqualified HL28_1_7',
    ],
    [
      "former spouse on the bidder's board (circle 2)",
      (w) => {
        w.rel('me', 'u', 'former_spouse');
        w.seat('u', 'rakennus', 'board_member');
      },
      'needs_review not_disqualified HL28_1_7',
    ],
    [
      "spouse's sibling is CEO (circle 3)",
      (w) => {
        w.rel('me', 'u', 'spouse_sibling');
        w.seat('u', 'rakennus', 'ceo');
      },
      'needs_review not_disqualified HL28_1_7',
    ],
    [
      "nephew derived (sibling's child) is CEO",
      (w) => {
        w.rel('me', 's', 'sibling');
        w.rel('s', 'n', 'child');
        w.seat('n', 'rakennus', 'ceo');
      },
      'needs_review not_disqualified HL28_1_7',
    ],
    [
      'uncle is only a deputy board member: not listed',
      (w) => {
        w.rel('me', 'u', 'aunt_uncle');
        w.seat('u', 'rakennus', 'deputy_board_member');
      },
      null,
    ],
    [
      'uncle is an employee: not listed',
      (w) => {
        w.rel('me', 'u', 'aunt_uncle');
        w.seat('u', 'rakennus', 'employee');
      },
      null,
    ],
    [
      'cousin is CEO: a note only',
      (w) => {
        w.rel('me', 'u', 'cousin');
        w.seat('u', 'rakennus', 'ceo');
      },
      null,
    ],
  ])('%s', (_t, build, expected) => {
    const w = new World();
    w.seat('me', 'k-tl');
    build(w);
    expect(summary(findingOf(w.check('k-tl', CONTRACT), 'me'))).toBe(expected);
  });

  it.each<[string, string, string | null, string | null]>([
    ['CEO until yesterday', '2026-03-09', 'ceo', 'needs_review disqualified HL28_1_7'],
    ['board member until 90 days before', '2025-12-10', 'board_member', 'needs_review disqualified HL28_1_7'],
    ['board member until 91 days before', '2025-12-09', 'board_member', 'needs_review not_disqualified HL28_1_7'],
    ['employee until 365 days before', '2025-03-10', 'employee', 'needs_review not_disqualified HL28_1_7'],
    ['employee until 366 days before', '2025-03-09', 'employee', null],
    ['contractor until 30 days before', '2026-02-08', 'contractor', 'needs_review disqualified HL28_1_7'],
    ['deputy board member until yesterday: not board-type', '2026-03-09', 'deputy_board_member', null],
  ])('own position that ended: %s', (_t, endDate, role, expected) => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', role as 'ceo', { startDate: '2015-01-01', endDate });
    expect(summary(findingOf(w.check('k-tl', CONTRACT), 'me'))).toBe(expected);
  });

  it.each<[string, string, string | null]>([
    ['board seat in the county starting after D', 'h', 'needs_review not_disqualified HL28_1_7'],
    ['employment with the own city starting after D is exempt', 'k', null],
  ])('%s', (_t, orgId, expected) => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', orgId === 'h' ? 'h-ah' : 'k', orgId === 'h' ? 'member' : 'employee', { startDate: '2026-04-01' });
    expect(summary(findingOf(w.check('k-kh', SALE), 'me'))).toBe(expected);
  });

  it('an ended own-enterprise board seat is exempt, but conflicting interests still count', () => {
    const w = new World();
    w.seat('me', 'k-kh');
    w.seat('me', 'kvesi', 'board_member', { startDate: '2021-01-01', endDate: '2026-02-01' });
    expect(findingOf(w.check('k-kh', { relatedEntities: [org('kvesi', 'affected')] }), 'me')).toBeUndefined();
    expect(summary(findingOf(w.check('k-kh', { relatedEntities: [org('kvesi'), org('k')] }), 'me'))).toBe(
      'needs_review disqualified HL28_1_7',
    );
  });

  it('an ended position is not cited when the same kind of position is in force', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', 'ceo', { startDate: '2015-01-01', endDate: '2026-02-01' });
    w.seat('me', 'rakennus', 'board_member', { startDate: '2026-02-02' });
    expect(findingOf(w.check('k-tl', CONTRACT), 'me')?.grounds).toEqual(['HL28_1_5']);
  });

  it('ended and future positions are cited as such in the evidence', () => {
    const w = new World();
    w.seat('me', 'k-tl');
    w.seat('me', 'rakennus', 'ceo', { startDate: '2015-01-01', endDate: '2026-02-01' });
    const f = findingOf(w.check('k-tl', CONTRACT), 'me');
    expect(f?.evidence.find((e) => e.kind === 'membership')?.text).toMatch(/^päättynyt: /);
    expect(f?.explanation).toContain('päättyi 1.2.2026, 37 päivää ennen kokousta');
  });

  describe('audit committee', () => {
    it.each<[string, (w: World) => void, string, string | null]>([
      [
        'member sits in the evaluated committee',
        (w) => {
          w.seat('me', 'k-tl');
        },
        'k-tl',
        'disqualified HL28_1_7',
      ],
      [
        'deputy seat in the evaluated committee',
        (w) => {
          w.seat('me', 'k-tl', 'deputy');
        },
        'k-tl',
        'disqualified HL28_1_7',
      ],
      [
        'seat ended before D',
        (w) => {
          w.seat('me', 'k-tl', 'member', { startDate: '2017-06-01', endDate: '2021-05-31' });
        },
        'k-tl',
        null,
      ],
      [
        'no seat in the evaluated committee',
        (w) => {
          w.seat('me', 'k-kh');
        },
        'k-tl',
        null,
      ],
      [
        'board member of the evaluated company',
        (w) => {
          w.seat('me', 'ktilat', 'board_member');
        },
        'ktilat',
        'disqualified HL28_1_7',
      ],
      [
        'employee of the evaluated enterprise',
        (w) => {
          w.seat('me', 'kvesi', 'employee');
        },
        'kvesi',
        'disqualified HL28_1_7',
      ],
      [
        'employee of the own city, city evaluated',
        (w) => {
          w.seat('me', 'k', 'employee');
        },
        'k',
        null,
      ],
      [
        'shareholder of the evaluated company: not listed',
        (w) => {
          w.interest('me', 'ktilat');
        },
        'ktilat',
        null,
      ],
    ])('%s', (_t, build, target, expected) => {
      const w = new World();
      w.seat('me', 'k-tarkl');
      build(w);
      expect(summary(findingOf(w.check('k-tarkl', { relatedEntities: [org(target, 'evaluated')] }), 'me'))).toBe(expected);
    });

    it('does not apply outside the audit committee', () => {
      const w = new World();
      w.seat('me', 'k-kh');
      w.seat('me', 'k-tl');
      expect(findingOf(w.check('k-kh', { relatedEntities: [org('k-tl', 'evaluated')] }), 'me')).toBeUndefined();
    });
  });

  it.each(['k-tl', 'k-kh', 'k-kv', 'h-av'])('a manual concern in %s: review, lean disqualified', (body) => {
    const w = new World();
    w.seat('me', body);
    const item = w.check(body, { concerns: [{ personId: 'me', text: 'Hakija on läheinen ystävä' }] });
    expect(summary(findingOf(item, 'me'))).toBe('needs_review disqualified HL28_1_7');
    expect(findingOf(item, 'me')?.evidence).toContainEqual({ kind: 'item', id: 'i-1', text: 'Hakija on läheinen ystävä' });
  });
});
