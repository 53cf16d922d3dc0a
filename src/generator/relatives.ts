import type { Relationship } from '../import/validation/dataset.types';
import type { RelationshipKind } from '../common/vocabulary';
import { addDays } from './dates';
import type { People } from './people';
import type { Prng } from './prng';
import type { CloseRelative, PublicEntity } from './world';

/** Circle-1 kinds (legal-grounds.md §2) the generator uses to plant conflicts in agendas. */
const CIRCLE_ONE: ReadonlySet<RelationshipKind> = new Set(['spouse', 'cohabiting_partner', 'child', 'parent', 'sibling']);

/** How a kind reads from the other person's side (legal-grounds.md §2, inverses). */
const INVERSE: Partial<Record<RelationshipKind, RelationshipKind>> = {
  child: 'parent',
  parent: 'child',
  grandchild: 'grandparent',
  aunt_uncle: 'niece_nephew',
  niece_nephew: 'aunt_uncle',
  child_spouse: 'spouse_parent',
  spouse_sibling: 'sibling_spouse',
};

/** Household sizes: single, couple, couple or parent with children. */
const SIZES: readonly (readonly [number, number])[] = [
  [1, 0.12],
  [2, 0.26],
  [3, 0.24],
  [4, 0.24],
  [5, 0.14],
];

/**
 * Families among the people of a municipality: residents are grouped into households (a couple
 * and their children, siblings among the children), with parents, in-laws and the wider circles
 * added as new people, and a few ties between families. Kinship stays clustered, as in life:
 * three relationship steps from a board reach its members' families, not the whole town.
 */
export class Relatives {
  readonly records: Relationship[] = [];
  /** Circle-1 relatives by person, both ways. */
  readonly close = new Map<number, CloseRelative[]>();

  constructor(
    private readonly rng: Prng,
    private readonly people: People,
  ) {}

  familiesOf(home: PublicEntity): void {
    const pool = this.rng.sample(home.residents, home.residents.length);
    while (pool.length > 0) {
      const size = this.rng.weighted(SIZES, ([, w]) => w)[0];
      const household = pool.splice(0, size);
      if (household.length >= 2 && household.length < 5 && this.rng.chance(0.3)) household.push(this.people.create(home, false));
      this.household(home, household);
    }
  }

  private household(home: PublicEntity, members: number[]): void {
    const [first, second, ...rest] = members;
    const couple = second !== undefined && (members.length === 2 || this.rng.chance(0.85));
    const children = couple ? rest : members.slice(1);
    if (couple) {
      const start = `${this.rng.int(1978, 2024)}-${String(this.rng.int(1, 12)).padStart(2, '0')}-${String(this.rng.int(1, 28)).padStart(2, '0')}`;
      const ended = this.rng.chance(0.04) ? addDays('2025-06-01', this.rng.int(0, 450)) : undefined;
      this.link(first, second, this.rng.chance(0.8) ? 'spouse' : 'cohabiting_partner', {
        start_date: start,
        ...(ended ? { end_date: ended } : {}),
      });
    }
    for (const child of children) {
      this.link(first, child, 'child');
      if (couple && this.rng.chance(0.85)) this.link(second, child, 'child');
    }
    for (let i = 0; i < children.length; i++) {
      for (let j = i + 1; j < children.length; j++)
        this.link(children[i], children[j], 'sibling', this.rng.chance(0.1) ? { half: true } : {});
    }
    // The wider family, mostly people not otherwise in the registry.
    if (this.rng.chance(0.2)) this.link(first, this.people.create(home, false), 'parent');
    if (this.rng.chance(0.2)) this.link(first, this.people.create(home, false), 'sibling');
    if (couple && this.rng.chance(0.08)) this.link(first, this.people.create(home, false), 'spouse_sibling');
    if (children.length > 0 && this.rng.chance(0.1)) {
      const child = this.rng.pick(children);
      const inLaw = this.rng.chance(0.15) && home.residents.length > 1 ? this.rng.pick(home.residents) : this.people.create(home, false);
      this.link(child, inLaw, 'spouse');
      if (this.rng.chance(0.3)) this.link(first, inLaw, 'child_spouse');
    }
    if (children.length > 0 && this.rng.chance(0.05)) this.link(first, this.people.create(home, false), 'grandchild');
    if (this.rng.chance(0.03)) this.link(first, this.people.create(home, false), 'former_spouse');
    if (this.rng.chance(0.03)) this.link(first, this.people.create(home, false), this.rng.pick(['aunt_uncle', 'niece_nephew'] as const));
    // Ties that reach into another family: rare, as they widen every relationship walk.
    if (this.rng.chance(0.02) && home.residents.length > 1)
      this.link(first, this.rng.pick(home.residents), this.rng.pick(['cousin', 'especially_close', 'other'] as const));
  }

  private link(person: number, relative: number, kind: RelationshipKind, extra: Partial<Relationship> = {}): void {
    if (person === relative) return;
    const inverse = INVERSE[kind];
    const flipped = inverse !== undefined && this.rng.chance(0.3);
    const record: Relationship = {
      id: `rel-${String(this.records.length + 1).padStart(6, '0')}`,
      person_id: this.people.id(flipped ? relative : person),
      relative_id: this.people.id(flipped ? person : relative),
      kind: flipped ? inverse : kind,
      ...extra,
    };
    this.records.push(record);
    if (CIRCLE_ONE.has(kind) && record.end_date === undefined) {
      for (const [a, b] of [
        [person, relative],
        [relative, person],
      ] as const) {
        const list = this.close.get(a) ?? [];
        list.push({ person: b, relationshipId: record.id });
        this.close.set(a, list);
      }
    }
  }
}
