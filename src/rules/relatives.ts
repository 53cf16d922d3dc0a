/**
 * Finds a person's relatives on a date: recorded relationships in both directions, dated per
 * legal-grounds §2, and derived ones through chains of up to three relationships.
 */
import type { IsoDate, RelationshipFact, RelationshipKind } from './facts';
import { CHAIN_STOPS, type Circle, circleOf, composeChain, inverseOf } from './kinship';
import { cmp } from './order';

/** One recorded relationship walked from `fromId` to `toId`, its kind seen from `fromId`. */
export interface ChainStep {
  readonly relationshipId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly kind: RelationshipKind;
}

export interface Relative {
  readonly personId: string;
  readonly kind: RelationshipKind;
  /** Null for `cousin` and `other`: not relatives in law, kept only for notes. */
  readonly circle: Circle | null;
  readonly chain: readonly ChainStep[];
}

export const MAX_CHAIN = 3;

/**
 * The kind a relationship has on D: not yet begun → none; ended → none, except that an ended
 * marriage or cohabitation is a former spouse (HL 28.2 § 3).
 */
export function kindOnDate(r: RelationshipFact, date: IsoDate): RelationshipKind | null {
  if (r.startDate && r.startDate > date) return null;
  if (r.endDate && r.endDate < date) {
    return r.kind === 'spouse' || r.kind === 'cohabiting_partner' ? 'former_spouse' : null;
  }
  return r.kind;
}

/** Edges of the relationship graph on D, both directions, keyed by the person they start from. */
export function relationshipGraph(relationships: readonly RelationshipFact[], date: IsoDate): Map<string, ChainStep[]> {
  const graph = new Map<string, ChainStep[]>();
  const add = (step: ChainStep) => {
    const list = graph.get(step.fromId) ?? [];
    list.push(step);
    graph.set(step.fromId, list);
  };
  const sorted = [...relationships].sort((a, b) => cmp(a.id, b.id));
  for (const r of sorted) {
    const kind = kindOnDate(r, date);
    if (!kind || r.personId === r.relativeId) continue;
    add({ relationshipId: r.id, fromId: r.personId, toId: r.relativeId, kind });
    add({ relationshipId: r.id, fromId: r.relativeId, toId: r.personId, kind: inverseOf(kind) });
  }
  return graph;
}

/** Every relative of `personId` (best chain per person: lowest circle, then shortest, then ids). */
export function findRelatives(personId: string, graph: ReadonlyMap<string, readonly ChainStep[]>): Relative[] {
  const best = new Map<string, Relative>();
  const walk = (chain: ChainStep[], visited: Set<string>) => {
    const last = chain[chain.length - 1];
    if (!last) return;
    const kind = composeChain(chain.map((s) => s.kind));
    if (kind) {
      const candidate: Relative = { personId: last.toId, kind, circle: circleOf(kind), chain: [...chain] };
      const current = best.get(last.toId);
      if (!current || better(candidate, current)) best.set(last.toId, candidate);
    }
    if (chain.length >= MAX_CHAIN || CHAIN_STOPS.has(last.kind)) return;
    for (const step of graph.get(last.toId) ?? []) {
      if (visited.has(step.toId) || CHAIN_STOPS.has(step.kind)) continue;
      visited.add(step.toId);
      walk([...chain, step], visited);
      visited.delete(step.toId);
    }
  };
  for (const step of graph.get(personId) ?? []) {
    walk([step], new Set([personId, step.toId]));
  }
  return [...best.values()].sort((a, b) => cmp(a.personId, b.personId));
}

function better(a: Relative, b: Relative): boolean {
  const ca = a.circle ?? 9;
  const cb = b.circle ?? 9;
  if (ca !== cb) return ca < cb;
  if (a.chain.length !== b.chain.length) return a.chain.length < b.chain.length;
  return chainKey(a) < chainKey(b);
}

function chainKey(r: Relative): string {
  return r.chain.map((s) => s.relationshipId).join('\u0000');
}
