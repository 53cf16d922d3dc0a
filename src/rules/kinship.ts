/**
 * Who is a relative (läheinen) under HL 28.2–3: circles, inverses and derivation of a kind from
 * a chain of recorded relationships. Kinds are always read from the official's point of view.
 */
import type { RelationshipKind } from './facts';

export type Circle = 1 | 2 | 3;

const CIRCLES: Readonly<Record<RelationshipKind, Circle | null>> = {
  spouse: 1,
  cohabiting_partner: 1,
  child: 1,
  grandchild: 1,
  sibling: 1,
  parent: 1,
  grandparent: 1,
  especially_close: 1,
  child_spouse: 1,
  grandchild_spouse: 1,
  sibling_spouse: 1,
  parent_spouse: 1,
  grandparent_spouse: 1,
  aunt_uncle: 2,
  aunt_uncle_spouse: 2,
  niece_nephew: 2,
  former_spouse: 2,
  spouse_child: 3,
  spouse_grandchild: 3,
  spouse_sibling: 3,
  spouse_parent: 3,
  spouse_grandparent: 3,
  spouse_child_spouse: 3,
  spouse_grandchild_spouse: 3,
  spouse_sibling_spouse: 3,
  spouse_parent_spouse: 3,
  spouse_grandparent_spouse: 3,
  spouse_niece_nephew: 3,
  // HL 28.2 does not list cousins; `other` is whatever the registry could not classify.
  cousin: null,
  other: null,
};

export const RELATIONSHIP_KINDS = Object.keys(CIRCLES) as RelationshipKind[];

/** The HL 28.2–3 circle of a kind, or null when the kind is not a relative in law. */
export function circleOf(kind: RelationshipKind): Circle | null {
  return CIRCLES[kind];
}

const INVERSE_PAIRS: readonly (readonly [RelationshipKind, RelationshipKind])[] = [
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
  ['cousin', 'cousin'],
  ['other', 'other'],
];

const INVERSES = new Map<RelationshipKind, RelationshipKind>();
for (const [a, b] of INVERSE_PAIRS) {
  INVERSES.set(a, b);
  INVERSES.set(b, a);
}

/** The kind seen from the other person's side (the relationship recorded the other way round). */
export function inverseOf(kind: RelationshipKind): RelationshipKind {
  const inverse = INVERSES.get(kind);
  if (!inverse) throw new Error(`no inverse for ${kind}`);
  return inverse;
}

/** Kinds a chain may not pass through (HL 28.2 lists no relatives of these). */
export const CHAIN_STOPS: ReadonlySet<RelationshipKind> = new Set<RelationshipKind>([
  'former_spouse',
  'especially_close',
  'cousin',
  'other',
]);

/*
 * Derivation works on atomic steps: every composable kind is a short word over S (spouse or
 * cohabiting partner), C, P, Sib, GC, GP, AU, NN. A chain's word is the concatenation of its
 * kinds' words, reduced by the four compositions the law's table implies.
 */
type Atom = 'S' | 'C' | 'P' | 'Sib' | 'GC' | 'GP' | 'AU' | 'NN';

const WORDS: Partial<Record<RelationshipKind, readonly Atom[]>> = {
  spouse: ['S'],
  cohabiting_partner: ['S'],
  child: ['C'],
  grandchild: ['GC'],
  sibling: ['Sib'],
  parent: ['P'],
  grandparent: ['GP'],
  aunt_uncle: ['AU'],
  niece_nephew: ['NN'],
  child_spouse: ['C', 'S'],
  grandchild_spouse: ['GC', 'S'],
  sibling_spouse: ['Sib', 'S'],
  parent_spouse: ['P', 'S'],
  grandparent_spouse: ['GP', 'S'],
  aunt_uncle_spouse: ['AU', 'S'],
  spouse_child: ['S', 'C'],
  spouse_grandchild: ['S', 'GC'],
  spouse_sibling: ['S', 'Sib'],
  spouse_parent: ['S', 'P'],
  spouse_grandparent: ['S', 'GP'],
  spouse_niece_nephew: ['S', 'NN'],
  spouse_child_spouse: ['S', 'C', 'S'],
  spouse_grandchild_spouse: ['S', 'GC', 'S'],
  spouse_sibling_spouse: ['S', 'Sib', 'S'],
  spouse_parent_spouse: ['S', 'P', 'S'],
  spouse_grandparent_spouse: ['S', 'GP', 'S'],
};

/**
 * The kinds a chain of two or more relationships continues through: those with a word, less
 * the stops. The facts loader follows only these from the second step on.
 */
export const CHAIN_KINDS: ReadonlySet<RelationshipKind> = new Set(
  (Object.keys(WORDS) as RelationshipKind[]).filter((kind) => !CHAIN_STOPS.has(kind)),
);

const BY_WORD = new Map<string, RelationshipKind>();
for (const [kind, word] of Object.entries(WORDS) as [RelationshipKind, Atom[]][]) {
  // `spouse` and `cohabiting_partner` share the word S; a derived bare S never arises.
  if (!BY_WORD.has(word.join('.'))) BY_WORD.set(word.join('.'), kind);
}

const REDUCTIONS: readonly (readonly [Atom, Atom, Atom])[] = [
  ['P', 'P', 'GP'], // parent's parent
  ['C', 'C', 'GC'], // child's child
  ['P', 'Sib', 'AU'], // parent's sibling
  ['Sib', 'C', 'NN'], // sibling's child
];

function reductionsOf(word: readonly Atom[]): Atom[][] {
  const out: Atom[][] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    for (const [a, b, to] of REDUCTIONS) {
      if (word[i] === a && word[i + 1] === b) out.push([...word.slice(0, i), to, ...word.slice(i + 2)]);
    }
  }
  return out;
}

/**
 * The kind a chain of kinds composes to (HL 28.2–3 as tabled in legal-grounds §2), or null when
 * it composes to no relative in law. A single kind is returned as is; chains through
 * former_spouse, especially_close, cousin or other stop.
 */
export function composeChain(kinds: readonly RelationshipKind[]): RelationshipKind | null {
  if (kinds.length === 0) return null;
  if (kinds.length === 1) return kinds[0] ?? null;
  const word: Atom[] = [];
  for (const kind of kinds) {
    const w = WORDS[kind];
    if (!w || CHAIN_STOPS.has(kind)) return null;
    word.push(...w);
  }
  let best: RelationshipKind | null = null;
  const seen = new Set<string>();
  const queue: Atom[][] = [word];
  while (queue.length > 0) {
    const current = queue.shift() as Atom[];
    const key = current.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = BY_WORD.get(key);
    if (kind && (best === null || (circleOf(kind) ?? 9) < (circleOf(best) ?? 9))) best = kind;
    queue.push(...reductionsOf(current));
  }
  return best;
}
