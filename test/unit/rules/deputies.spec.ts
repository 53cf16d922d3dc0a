import { findingOf, org, SALE, World } from './world';

describe('personal deputies (KL 31.3)', () => {
  function board(): World {
    const w = new World();
    const anna = w.seat('anna', 'k-kh');
    w.seat('bertta', 'k-kh', 'deputy', { deputyFor: anna });
    const kaisa = w.seat('kaisa', 'k-kh');
    w.seat('kerttu', 'k-kh', 'deputy', { deputyFor: kaisa });
    w.seat('anna', 'h-ah');
    return w;
  }

  it.each<[string, (w: World) => void, string | null, string, string | null]>([
    ['deputy has nothing: summon', () => undefined, 'bertta', 'summon', null],
    [
      'deputy needs review: summon with warning',
      (w) => {
        w.rel('bertta', 'u', 'aunt_uncle');
        w.seat('u', 'h-ah');
      },
      'bertta',
      'summon_with_warning',
      'needs_review',
    ],
    [
      'deputy disqualified: the seat stays empty',
      (w) => {
        w.seat('bertta', 'h-ah');
      },
      'bertta',
      'deputy_disqualified',
      'disqualified',
    ],
    [
      'deputy term ended: no deputy',
      (w) => {
        (w.memberships[1] as { endDate?: string }).endDate = '2025-12-31';
      },
      null,
      'no_deputy',
      null,
    ],
    ['deputy expected absent: no deputy', () => undefined, null, 'no_deputy', null],
  ])('%s', (title, build, deputy, status, deputyOutcome) => {
    const w = board();
    build(w);
    const absent = title.includes('absent') ? ['bertta'] : [];
    const item = w.check('k-kh', SALE, { expectedAbsent: absent });
    expect(item.substitutions).toEqual([{ forPersonId: 'anna', deputyPersonId: deputy, status, reason: 'finding' }]);
    expect(findingOf(item, 'bertta', 'deputy')?.outcome ?? null).toBe(deputyOutcome);
  });

  it("only the member's own deputy: another member's deputy is never used", () => {
    const w = new World();
    const anna = w.seat('anna', 'k-kh');
    w.seat('anna', 'h-ah');
    const kaisa = w.seat('kaisa', 'k-kh');
    w.seat('kerttu', 'k-kh', 'deputy', { deputyFor: kaisa });
    expect(anna).toBeDefined();
    const item = w.check('k-kh', SALE);
    expect(item.substitutions).toEqual([{ forPersonId: 'anna', deputyPersonId: null, status: 'no_deputy', reason: 'finding' }]);
    expect(findingOf(item, 'kerttu')).toBeUndefined();
  });

  it('an expected-absent member is replaced without a finding', () => {
    const w = board();
    const item = w.check('k-kh', SALE, { expectedAbsent: ['anna', 'kaisa'] });
    expect(item.findings).toEqual([]);
    expect(item.substitutions).toEqual([
      { forPersonId: 'anna', deputyPersonId: 'bertta', status: 'summon', reason: 'expected_absent' },
      { forPersonId: 'kaisa', deputyPersonId: 'kerttu', status: 'summon', reason: 'expected_absent' },
    ]);
  });

  it('a member with needs_review stays and is not replaced', () => {
    const w = new World();
    const anna = w.seat('anna', 'k-kh');
    w.seat('bertta', 'k-kh', 'deputy', { deputyFor: anna });
    w.seat('anna', 'h-ah', 'deputy');
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'anna')?.outcome).toBe('needs_review');
    expect(item.substitutions).toEqual([]);
    expect(item.quorum.dependsOnReview).toBe(false);
  });

  it("the deputy of a chair is the chair's own deputy; the vice-chair chairs (a note)", () => {
    const w = new World();
    const chair = w.seat('puheenjohtaja', 'k-kh', 'chair');
    w.seat('vara', 'k-kh', 'deputy', { deputyFor: chair });
    w.seat('vpj', 'k-kh', 'vice_chair');
    w.seat('puheenjohtaja', 'h-ah');
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'puheenjohtaja')?.capacity).toBe('chair');
    expect(item.substitutions).toEqual([{ forPersonId: 'puheenjohtaja', deputyPersonId: 'vara', status: 'summon', reason: 'finding' }]);
    expect(item.notes).toContainEqual({ personId: 'puheenjohtaja', text: expect.stringContaining('varapuheenjohtaja Vpj') });
  });

  it('with no vice-chair available the note says a temporary chair is elected', () => {
    const w = new World();
    w.seat('pj', 'k-kh', 'chair');
    w.seat('pj', 'h-ah');
    const en = w.check('k-kh', SALE);
    expect(en.notes.map((n) => n.text).join()).toContain('tilapäisen puheenjohtajan');
  });

  it.each<[string, string]>([
    ['presenter', 'substitute_presenter_needed'],
    ['minute_taker', 'substitute_minute_taker_needed'],
  ])('a disqualified %s needs a substitute', (role, status) => {
    const w = new World();
    w.seat('p', 'h-ah');
    const item = w.check('k-kh', SALE, { participants: [{ personId: 'p', role: role as 'presenter' }] });
    expect(item.substitutions).toEqual([{ forPersonId: 'p', deputyPersonId: null, status, reason: 'finding' }]);
    expect(item.quorum.present).toBe(11);
  });

  it('a participant with needs_review gets a note, not a substitution', () => {
    const w = new World();
    w.seat('p', 'h-ah', 'deputy');
    const item = w.check('k-kh', SALE, { participants: [{ personId: 'p', role: 'presenter' }] });
    expect(item.substitutions).toEqual([]);
    expect(item.notes).toContainEqual({ personId: 'p', text: expect.stringContaining('esittelijä') });
  });

  it('a disqualified attendee must leave: no substitution', () => {
    const w = new World();
    w.seat('kaarina', 'k-kv', 'chair', { group: 'A' });
    w.seat('kaarina', 'h-ah');
    const item = w.check('k-kh', SALE, { participants: [{ personId: 'kaarina', role: 'attendee' }] });
    expect(findingOf(item, 'kaarina')?.capacity).toBe('attendee');
    expect(item.substitutions).toEqual([]);
  });
});

describe('council deputies in list order (KL 17, HVAL 25)', () => {
  function council(): World {
    const w = new World();
    w.seat('ulla', 'k-kv', 'member', { group: 'B' });
    w.seat('uuno', 'k-kv', 'member', { group: 'B' });
    w.seat('ville', 'k-kv', 'member', { group: 'C' });
    w.seat('v1', 'k-kv', 'deputy', { group: 'B', deputyOrder: 1 });
    w.seat('v2', 'k-kv', 'deputy', { group: 'B', deputyOrder: 2 });
    w.seat('v3', 'k-kv', 'deputy', { group: 'B', deputyOrder: 3 });
    w.seat('c1', 'k-kv', 'deputy', { group: 'C', deputyOrder: 1 });
    w.rel('ulla', 'cand', 'child');
    return w;
  }
  const hire = { relatedEntities: [{ entityType: 'person' as const, entityId: 'cand', role: 'party' as const }] };
  const summoned = (w: World, item = hire, absent: string[] = []) =>
    w.check('k-kv', item, { expectedAbsent: absent }).substitutions.map((s) => [s.forPersonId, s.deputyPersonId, s.status]);

  it('the first deputy of the same group is summoned', () => {
    expect(summoned(council())).toEqual([['ulla', 'v1', 'summon']]);
  });

  it('a disqualified deputy is passed over and gets a finding', () => {
    const w = council();
    w.rel('v1', 'cand', 'sibling');
    const item = w.check('k-kv', hire);
    expect(item.substitutions).toEqual([{ forPersonId: 'ulla', deputyPersonId: 'v2', status: 'summon', reason: 'finding' }]);
    expect(findingOf(item, 'v1')).toMatchObject({ capacity: 'deputy', outcome: 'disqualified', grounds: ['KL97_1'] });
    expect(findingOf(item, 'v3')).toBeUndefined();
  });

  it('a deputy with needs_review is summoned with a warning', () => {
    const w = council();
    w.seat('v1', 'rakennus', 'ceo');
    const item = w.check('k-kv', { relatedEntities: [...hire.relatedEntities, org('rakennus')] });
    expect(item.substitutions).toEqual([{ forPersonId: 'ulla', deputyPersonId: 'v1', status: 'summon_with_warning', reason: 'finding' }]);
    expect(findingOf(item, 'v1')).toMatchObject({ capacity: 'deputy', outcome: 'needs_review' });
  });

  it('members are processed in person-id order and a deputy is summoned once', () => {
    expect(summoned(council(), hire, ['uuno'])).toEqual([
      ['ulla', 'v1', 'summon'],
      ['uuno', 'v2', 'summon'],
    ]);
    expect(summoned(council(), { relatedEntities: [] }, ['uuno', 'ulla'])).toEqual([
      ['ulla', 'v1', 'summon'],
      ['uuno', 'v2', 'summon'],
    ]);
  });

  it('the group running out gives no_deputy', () => {
    const w = council();
    w.rel('v1', 'cand', 'sibling');
    w.rel('v2', 'cand', 'sibling');
    w.rel('v3', 'cand', 'sibling');
    const item = w.check('k-kv', hire);
    expect(item.substitutions).toEqual([{ forPersonId: 'ulla', deputyPersonId: null, status: 'no_deputy', reason: 'finding' }]);
    expect(item.findings.map((f) => [f.personId, f.capacity])).toEqual([
      ['ulla', 'member'],
      ['v1', 'deputy'],
      ['v2', 'deputy'],
      ['v3', 'deputy'],
    ]);
  });

  it("another group's deputies are never used", () => {
    const w = council();
    w.memberships.splice(
      w.memberships.findIndex((m) => m.personId === 'v1'),
      3,
    );
    expect(summoned(w)).toEqual([['ulla', null, 'no_deputy']]);
  });

  it('deputies without an order come last, by name then id', () => {
    const w = new World();
    w.seat('ulla', 'k-kv', 'member', { group: 'B' });
    w.named('zz', 'Aatu');
    w.named('aa', 'Öljy');
    w.named('mm', 'Aatu');
    w.seat('zz', 'k-kv', 'deputy', { group: 'B' });
    w.seat('aa', 'k-kv', 'deputy', { group: 'B' });
    w.seat('mm', 'k-kv', 'deputy', { group: 'B' });
    w.seat('o5', 'k-kv', 'deputy', { group: 'B', deputyOrder: 5 });
    const absent = ['ulla'];
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const item = w.check('k-kv', { relatedEntities: [] }, { expectedAbsent: [...absent, ...order] });
      order.push(item.substitutions[0]?.deputyPersonId as string);
    }
    expect(order).toEqual(['o5', 'mm', 'zz', 'aa']);
  });

  it('an expected-absent deputy is skipped', () => {
    expect(summoned(council(), hire, ['v1'])).toEqual([['ulla', 'v2', 'summon']]);
  });
});
