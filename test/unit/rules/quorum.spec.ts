import { evaluate, type OrganizationFact } from '../../../src/rules';
import { org, SALE, World } from './world';

describe('quorum (KL 103, HVAL 108)', () => {
  it.each<[string, number, number]>([
    ['council', 43, 29],
    ['council', 59, 40],
    ['council', 30, 20],
    ['council', 10, 7],
    ['council', 9, 6],
    ['council', 1, 1],
    ['board', 11, 6],
    ['board', 13, 7],
    ['committee', 9, 5],
    ['committee', 8, 5],
    ['division', 5, 3],
    ['audit_committee', 7, 4],
    ['supervisory_board', 6, 4],
    ['other_body', 1, 1],
  ])('%s with %i seats needs %i', (classification, seats, required) => {
    const w = new World();
    w.orgs.push({ id: 'b', name: 'B', classification: classification as OrganizationFact['classification'], parentId: 'k', seats });
    expect(w.check('b', {}).quorum).toEqual({ seats, required, present: seats, met: true, dependsOnReview: false, fallback: null });
  });

  it.each<[string, string, string]>([
    ['k-kv', 'municipal council', 'KL17_3'],
    ['k-kh', 'municipal board', 'KL35_4'],
    ['k-tl', 'municipal committee', 'review'],
    ['h-av', 'regional council', 'review'],
    ['h-ah', 'county board', 'review'],
    ['kky-valtuusto', 'joint authority council', 'review'],
    ['kky-hallitus', 'joint authority board', 'review'],
  ])('fallback of %s (%s) is %s', (body, _t, fallback) => {
    const w = new World();
    const seats = w.orgs.find((o) => o.id === body)?.seats as number;
    const absent: string[] = [];
    for (let i = 0; i < seats; i++) {
      w.seat(`m${i}`, body, 'member', { group: 'A' });
      absent.push(`m${i}`);
    }
    expect(w.check(body, {}, { expectedAbsent: absent }).quorum).toMatchObject({ present: 0, met: false, fallback });
  });

  it('seats default to the members in force; chairs and vice-chairs are members', () => {
    const w = new World();
    w.orgs.push({ id: 'b', name: 'B', classification: 'committee', parentId: 'k' });
    w.seat('a', 'b', 'chair');
    w.seat('c', 'b', 'vice_chair');
    w.seat('d', 'b');
    w.seat('e', 'b', 'deputy');
    w.seat('f', 'b', 'member', { startDate: '2026-04-01' });
    expect(w.check('b', {}).quorum).toMatchObject({ seats: 3, required: 2, present: 3 });
  });

  it('present counts only replaced members without a summoned deputy', () => {
    const w = new World();
    const a = w.seat('a', 'k-kh');
    w.seat('da', 'k-kh', 'deputy', { deputyFor: a });
    w.seat('b', 'k-kh');
    w.seat('a', 'h-ah');
    w.seat('b', 'h-ah');
    expect(w.check('k-kh', SALE).quorum).toMatchObject({ seats: 11, present: 10, met: true });
  });

  it('loses the quorum exactly when present < required (board: 6 of 11)', () => {
    const w = new World();
    for (let i = 0; i < 6; i++) {
      w.seat(`a${i}`, 'k-kh');
      w.seat(`a${i}`, 'h-ah');
    }
    expect(w.check('k-kh', SALE).quorum).toMatchObject({ present: 5, required: 6, met: false, fallback: 'KL35_4' });
    w.memberships.splice(-2, 2);
    expect(w.check('k-kh', SALE).quorum).toMatchObject({ present: 6, met: true, fallback: null });
  });

  it('depends on review when members under review are needed for the quorum', () => {
    const w = new World();
    w.orgs.push({ id: 'b', name: 'B', classification: 'board', parentId: 'k', seats: 3 });
    w.seat('a', 'b');
    w.seat('c', 'b');
    w.seat('a', 'h-ah');
    w.seat('c', 'h-ah', 'deputy');
    const q = w.check('b', SALE).quorum;
    expect(q).toMatchObject({ seats: 3, required: 2, present: 2, met: true, dependsOnReview: true });
  });

  it('counts deputies summoned with a warning as under review', () => {
    const w = new World();
    w.orgs.push({ id: 'b', name: 'B', classification: 'committee', parentId: 'k', seats: 3 });
    const a = w.seat('a', 'b');
    w.seat('da', 'b', 'deputy', { deputyFor: a });
    w.seat('c', 'b');
    w.seat('d', 'b');
    w.seat('a', 'h-ah');
    w.seat('da', 'h-ah', 'deputy');
    w.seat('c', 'h-ah');
    const item = w.check('b', SALE);
    expect(item.substitutions).toContainEqual({ forPersonId: 'a', deputyPersonId: 'da', status: 'summon_with_warning', reason: 'finding' });
    expect(item.quorum).toMatchObject({ present: 2, required: 2, met: true, dependsOnReview: true });
  });

  it('is computed per item', () => {
    const w = new World();
    w.seat('a', 'k-kh');
    w.seat('a', 'h-ah');
    const facts = w.facts({ organizationId: 'k-kh' }, [SALE, { relatedEntities: [org('seura')] }]);
    expect(evaluate(facts).items.map((i) => i.quorum.present)).toEqual([10, 11]);
  });
});
