import { findingOf, SALE, World } from './world';

/** legal-grounds §6 with the body's decisions (HL 29) and officials' announcements as facts. */
describe('decisions and announcements drive deputies and quorum', () => {
  /** A board of 3 seats: anna (county board deputy: needs_review in the sale) with her deputy bertta. */
  function board(annaInCounty: 'deputy' | 'member' = 'deputy'): World {
    const w = new World();
    (w.orgs.find((o) => o.id === 'k-kh') as { seats?: number | null }).seats = 3;
    const anna = w.seat('anna', 'k-kh');
    w.seat('bertta', 'k-kh', 'deputy', { deputyFor: anna });
    w.seat('kaisa', 'k-kh');
    w.seat('liisa', 'k-kh');
    w.seat('anna', 'h-ah', annaInCounty);
    return w;
  }
  const decide = (w: World, status: 'confirmed' | 'dismissed', personId = 'anna') => {
    const f = findingOf(w.check('k-kh', SALE), personId)!;
    w.decisions.push({
      itemId: 'i-1',
      personId,
      capacity: f.capacity,
      outcome: f.outcome,
      lean: f.lean ?? null,
      grounds: [...f.grounds],
      status,
    });
  };

  it('an undecided needs_review keeps the member and counts present', () => {
    const item = board().check('k-kh', SALE);
    expect(findingOf(item, 'anna')?.outcome).toBe('needs_review');
    expect(item.substitutions).toEqual([]);
    expect(item.quorum).toMatchObject({ present: 3, met: true });
  });

  it('a confirmed needs_review replaces the member by their deputy: reason decision', () => {
    const w = board();
    decide(w, 'confirmed');
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'anna')?.outcome).toBe('needs_review');
    expect(item.substitutions).toEqual([{ forPersonId: 'anna', deputyPersonId: 'bertta', status: 'summon', reason: 'decision' }]);
    expect(item.quorum).toMatchObject({ present: 3, dependsOnReview: false });
  });

  it('a confirmed finding with no deputy lowers the quorum', () => {
    const w = board();
    w.memberships.splice(
      w.memberships.findIndex((m) => m.personId === 'bertta'),
      1,
    );
    decide(w, 'confirmed');
    const item = w.check('k-kh', SALE);
    expect(item.substitutions).toEqual([{ forPersonId: 'anna', deputyPersonId: null, status: 'no_deputy', reason: 'decision' }]);
    expect(item.quorum).toMatchObject({ seats: 3, required: 2, present: 2, met: true });
  });

  it('a dismissed finding keeps the member, even a disqualified one', () => {
    const w = board('member');
    expect(w.check('k-kh', SALE).substitutions).toEqual([
      { forPersonId: 'anna', deputyPersonId: 'bertta', status: 'summon', reason: 'finding' },
    ]);
    decide(w, 'dismissed');
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'anna')?.outcome).toBe('disqualified');
    expect(item.substitutions).toEqual([]);
    expect(item.quorum).toMatchObject({ present: 3, dependsOnReview: false });
  });

  it('a decision no longer applies once the finding changes (other grounds or outcome)', () => {
    const w = board();
    decide(w, 'dismissed');
    (w.memberships.find((m) => m.personId === 'anna' && m.organizationId === 'h-ah') as { role: string }).role = 'member';
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'anna')?.outcome).toBe('disqualified');
    expect(item.substitutions).toEqual([{ forPersonId: 'anna', deputyPersonId: 'bertta', status: 'summon', reason: 'finding' }]);
  });

  it('an announced self-recusal replaces a member with no finding: reason announcement', () => {
    const w = board();
    w.selfRecusals.push({ itemId: 'i-1', personId: 'kaisa' });
    const item = w.check('k-kh', SALE);
    expect(findingOf(item, 'kaisa')).toBeUndefined();
    expect(item.substitutions).toEqual([{ forPersonId: 'kaisa', deputyPersonId: null, status: 'no_deputy', reason: 'announcement' }]);
    expect(item.quorum).toMatchObject({ present: 2 });
  });

  it('a chair who announces a self-recusal hands the item to the vice-chair', () => {
    const w = new World();
    w.seat('pj', 'k-kh', 'chair');
    w.seat('vpj', 'k-kh', 'vice_chair');
    w.selfRecusals.push({ itemId: 'i-1', personId: 'pj' });
    const item = w.check('k-kh', SALE);
    expect(item.substitutions).toEqual([{ forPersonId: 'pj', deputyPersonId: null, status: 'no_deputy', reason: 'announcement' }]);
    expect(item.notes).toContainEqual({
      personId: 'pj',
      text: expect.stringContaining('ilmoittanut jäävänsä itsensä: varapuheenjohtaja Vpj'),
    });
  });

  it('a deputy who announced a self-recusal is not summoned', () => {
    const w = board('member');
    w.selfRecusals.push({ itemId: 'i-1', personId: 'bertta' });
    const item = w.check('k-kh', SALE);
    expect(item.substitutions).toEqual([
      { forPersonId: 'anna', deputyPersonId: 'bertta', status: 'deputy_disqualified', reason: 'finding' },
    ]);
  });

  it('a presenter with a confirmed needs_review needs a substitute', () => {
    const w = board();
    w.seat('esittelija', 'h-ah', 'deputy');
    const participants = [{ personId: 'esittelija', role: 'presenter' as const }];
    const before = w.check('k-kh', SALE, { participants });
    const f = findingOf(before, 'esittelija', 'presenter')!;
    expect(f.outcome).toBe('needs_review');
    expect(before.substitutions.filter((s) => s.forPersonId === 'esittelija')).toEqual([]);
    w.decisions.push({
      itemId: 'i-1',
      personId: 'esittelija',
      capacity: 'presenter',
      outcome: f.outcome,
      lean: f.lean ?? null,
      grounds: [...f.grounds],
      status: 'confirmed',
    });
    const after = w.check('k-kh', SALE, { participants });
    expect(after.substitutions).toContainEqual({
      forPersonId: 'esittelija',
      deputyPersonId: null,
      status: 'substitute_presenter_needed',
      reason: 'decision',
    });
  });
});
