import {
  circleOf,
  composeChain,
  findRelatives,
  inverseOf,
  kindOnDate,
  RELATIONSHIP_KINDS,
  relationshipGraph,
  type RelationshipFact,
  type RelationshipKind,
} from '../../../src/rules';
import { D } from './world';

describe('circles (HL 28.2–3)', () => {
  it.each<[RelationshipKind, number | null]>([
    ['spouse', 1],
    ['cohabiting_partner', 1],
    ['child', 1],
    ['grandchild', 1],
    ['sibling', 1],
    ['parent', 1],
    ['grandparent', 1],
    ['especially_close', 1],
    ['child_spouse', 1],
    ['grandchild_spouse', 1],
    ['sibling_spouse', 1],
    ['parent_spouse', 1],
    ['grandparent_spouse', 1],
    ['aunt_uncle', 2],
    ['aunt_uncle_spouse', 2],
    ['niece_nephew', 2],
    ['former_spouse', 2],
    ['spouse_child', 3],
    ['spouse_grandchild', 3],
    ['spouse_sibling', 3],
    ['spouse_parent', 3],
    ['spouse_grandparent', 3],
    ['spouse_child_spouse', 3],
    ['spouse_grandchild_spouse', 3],
    ['spouse_sibling_spouse', 3],
    ['spouse_parent_spouse', 3],
    ['spouse_grandparent_spouse', 3],
    ['spouse_niece_nephew', 3],
    ['cousin', null],
    ['other', null],
  ])('%s is circle %s', (kind, circle) => {
    expect(circleOf(kind)).toBe(circle);
  });

  it('covers every kind of the dataset schema', () => {
    expect(RELATIONSHIP_KINDS).toHaveLength(30);
  });
});

describe('inverses', () => {
  it.each<[RelationshipKind, RelationshipKind]>([
    ['spouse', 'spouse'],
    ['cohabiting_partner', 'cohabiting_partner'],
    ['especially_close', 'especially_close'],
    ['former_spouse', 'former_spouse'],
    ['child', 'parent'],
    ['grandchild', 'grandparent'],
    ['sibling', 'sibling'],
    ['aunt_uncle', 'niece_nephew'],
    ['child_spouse', 'spouse_parent'],
    ['sibling_spouse', 'spouse_sibling'],
    ['parent_spouse', 'spouse_child'],
    ['grandchild_spouse', 'spouse_grandparent'],
    ['grandparent_spouse', 'spouse_grandchild'],
    ['aunt_uncle_spouse', 'spouse_niece_nephew'],
    ['spouse_child_spouse', 'spouse_parent_spouse'],
    ['spouse_grandchild_spouse', 'spouse_grandparent_spouse'],
    ['spouse_sibling_spouse', 'spouse_sibling_spouse'],
  ])('%s ↔ %s', (a, b) => {
    expect(inverseOf(a)).toBe(b);
    expect(inverseOf(b)).toBe(a);
  });

  it.each(RELATIONSHIP_KINDS)('%s is an involution', (kind) => {
    expect(inverseOf(inverseOf(kind))).toBe(kind);
  });

  it('is not symmetric in circles: step-parent is circle 1 to the step-child, step-child circle 3 to the step-parent', () => {
    expect(circleOf('parent_spouse')).toBe(1);
    expect(circleOf(inverseOf('parent_spouse'))).toBe(3);
  });

  it.each<[RelationshipKind, RelationshipKind, number]>([
    ['child', 'parent', 1],
    ['aunt_uncle', 'niece_nephew', 2],
    ['parent_spouse', 'spouse_child', 3],
    ['spouse_sibling', 'sibling_spouse', 1],
    ['spouse_parent', 'child_spouse', 1],
  ])('recorded from the other side: %s recorded by the relative reads as %s (circle %s)', (recorded, seen, circle) => {
    const rels: RelationshipFact[] = [{ id: 'r1', personId: 'rel', relativeId: 'me', kind: recorded }];
    const [found] = findRelatives('me', relationshipGraph(rels, D));
    expect(found).toMatchObject({ personId: 'rel', kind: seen, circle });
  });
});

describe('derivation through chains', () => {
  it.each<[RelationshipKind[], RelationshipKind | null]>([
    [['parent', 'parent'], 'grandparent'],
    [['child', 'child'], 'grandchild'],
    [['parent', 'sibling'], 'aunt_uncle'],
    [['sibling', 'child'], 'niece_nephew'],
    [['child', 'spouse'], 'child_spouse'],
    [['grandchild', 'spouse'], 'grandchild_spouse'],
    [['sibling', 'spouse'], 'sibling_spouse'],
    [['parent', 'spouse'], 'parent_spouse'],
    [['grandparent', 'spouse'], 'grandparent_spouse'],
    [['aunt_uncle', 'spouse'], 'aunt_uncle_spouse'],
    [['spouse', 'child'], 'spouse_child'],
    [['spouse', 'grandchild'], 'spouse_grandchild'],
    [['spouse', 'sibling'], 'spouse_sibling'],
    [['spouse', 'parent'], 'spouse_parent'],
    [['spouse', 'grandparent'], 'spouse_grandparent'],
    [['spouse', 'niece_nephew'], 'spouse_niece_nephew'],
    [['cohabiting_partner', 'child'], 'spouse_child'],
    [['child', 'cohabiting_partner'], 'child_spouse'],
    [['spouse', 'child', 'spouse'], 'spouse_child_spouse'],
    [['spouse', 'grandchild', 'spouse'], 'spouse_grandchild_spouse'],
    [['spouse', 'sibling', 'spouse'], 'spouse_sibling_spouse'],
    [['spouse', 'parent', 'spouse'], 'spouse_parent_spouse'],
    [['spouse', 'grandparent', 'spouse'], 'spouse_grandparent_spouse'],
    [['parent', 'parent', 'spouse'], 'grandparent_spouse'],
    [['child', 'child', 'spouse'], 'grandchild_spouse'],
    [['parent', 'sibling', 'spouse'], 'aunt_uncle_spouse'],
    [['spouse', 'sibling', 'child'], 'spouse_niece_nephew'],
    [['spouse', 'parent', 'parent'], 'spouse_grandparent'],
    [['spouse', 'child', 'child'], 'spouse_grandchild'],
    [['spouse_child', 'spouse'], 'spouse_child_spouse'],
    [['spouse', 'child_spouse'], 'spouse_child_spouse'],
    [['cohabiting_partner', 'sibling', 'cohabiting_partner'], 'spouse_sibling_spouse'],
    // Not in the table: no relative in law.
    [['parent', 'parent', 'sibling'], null],
    [['parent', 'sibling', 'child'], null],
    [['sibling', 'child', 'spouse'], null],
    [['sibling', 'sibling'], null],
    [['child', 'parent'], null],
    [['spouse', 'spouse'], null],
    [['parent', 'parent', 'parent'], null],
    // Chains through these stop.
    [['former_spouse', 'child'], null],
    [['especially_close', 'child'], null],
    [['cousin', 'spouse'], null],
    [['other', 'spouse'], null],
    [['spouse', 'former_spouse'], null],
    [['sibling', 'especially_close'], null],
    [['parent', 'cousin'], null],
  ])('%j composes to %s', (chain, kind) => {
    expect(composeChain(chain)).toBe(kind);
  });
});

describe('relatives on a date', () => {
  const find = (rels: RelationshipFact[], date = D) => findRelatives('me', relationshipGraph(rels, date));

  it.each<[string, Partial<RelationshipFact>, RelationshipKind | null]>([
    ['an ended marriage counts as former spouse', { kind: 'spouse', endDate: '2024-01-01' }, 'former_spouse'],
    ['an ended cohabitation counts as former spouse', { kind: 'cohabiting_partner', endDate: '2024-01-01' }, 'former_spouse'],
    ['an ended especially close relation no longer counts', { kind: 'especially_close', endDate: '2024-01-01' }, null],
    ['an ended sibling record no longer counts', { kind: 'sibling', endDate: '2024-01-01' }, null],
    ['a relationship ending on D still counts', { kind: 'spouse', endDate: D }, 'spouse'],
    ['a relationship starting after D does not count yet', { kind: 'spouse', startDate: '2026-04-01' }, null],
    ['a relationship starting on D counts', { kind: 'spouse', startDate: D }, 'spouse'],
    ['a half-sibling counts as a sibling', { kind: 'sibling', half: true }, 'sibling'],
  ])('%s', (_title, extra, kind) => {
    const rels: RelationshipFact[] = [{ id: 'r1', personId: 'me', relativeId: 'x', kind: 'spouse', ...extra }];
    const found = find(rels);
    if (kind === null) expect(found).toEqual([]);
    else expect(found[0]?.kind).toBe(kind);
  });

  it('keeps the chain of relationship ids as evidence (three steps, mixed directions)', () => {
    const rels: RelationshipFact[] = [
      { id: 'a', personId: 'me', relativeId: 'sp', kind: 'spouse' },
      { id: 'b', personId: 'kid', relativeId: 'sp', kind: 'parent' }, // recorded from the child's side
      { id: 'c', personId: 'kid', relativeId: 'kidsp', kind: 'spouse' },
    ];
    const target = find(rels).find((r) => r.personId === 'kidsp');
    expect(target).toMatchObject({ kind: 'spouse_child_spouse', circle: 3 });
    expect(target?.chain.map((s) => s.relationshipId)).toEqual(['a', 'b', 'c']);
  });

  it('does not derive through an ended marriage (former spouse stops the chain)', () => {
    const rels: RelationshipFact[] = [
      { id: 'a', personId: 'me', relativeId: 'ex', kind: 'spouse', endDate: '2020-01-01' },
      { id: 'b', personId: 'ex', relativeId: 'exkid', kind: 'child' },
    ];
    expect(find(rels).map((r) => [r.personId, r.kind])).toEqual([['ex', 'former_spouse']]);
  });

  it('stops after three steps', () => {
    const rels: RelationshipFact[] = [
      { id: 'a', personId: 'me', relativeId: 'p1', kind: 'spouse' },
      { id: 'b', personId: 'p1', relativeId: 'p2', kind: 'child' },
      { id: 'c', personId: 'p2', relativeId: 'p3', kind: 'child' },
      { id: 'd', personId: 'p3', relativeId: 'p4', kind: 'spouse' },
    ];
    const ids = find(rels).map((r) => r.personId);
    expect(ids).toContain('p3'); // spouse's grandchild, three steps
    expect(ids).not.toContain('p4'); // would need four
  });

  it('prefers the closest circle when two chains reach the same person', () => {
    const rels: RelationshipFact[] = [
      { id: 'a', personId: 'me', relativeId: 'x', kind: 'cousin' },
      { id: 'b', personId: 'me', relativeId: 'mom', kind: 'parent' },
      { id: 'c', personId: 'mom', relativeId: 'x', kind: 'sibling' },
    ];
    expect(find(rels).find((r) => r.personId === 'x')).toMatchObject({ kind: 'aunt_uncle', circle: 2 });
  });

  it('keeps cousins as not-a-relative (circle null) for notes', () => {
    const rels: RelationshipFact[] = [{ id: 'a', personId: 'me', relativeId: 'x', kind: 'cousin' }];
    expect(find(rels)).toEqual([expect.objectContaining({ personId: 'x', circle: null })]);
  });

  it('reads kinds on a date', () => {
    expect(kindOnDate({ id: 'r', personId: 'a', relativeId: 'b', kind: 'child', endDate: '2020-01-01' }, D)).toBeNull();
  });
});
