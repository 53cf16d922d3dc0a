/**
 * One person in one capacity for one item: run every rule in scope and combine the hits into a
 * single outcome (legal-grounds §4: disqualified if any ground disqualifies; otherwise review,
 * leaning disqualified if any review leans that way).
 */
import type { ItemContext } from './context';
import { personContext } from './context';
import { type GroundCode, sortGrounds } from './grounds';
import type { Capacity, Hit, Lean, Outcome } from './hit';
import { inScope, type Rule, RULES } from './rules';

export interface Assessment {
  readonly personId: string;
  readonly capacity: Capacity;
  readonly outcome: Outcome;
  readonly lean?: Lean;
  readonly grounds: readonly GroundCode[];
  readonly hits: readonly Hit[];
}

export function assess(item: ItemContext, personId: string, capacity: Capacity, rules: readonly Rule[] = RULES): Assessment | null {
  const ctx = personContext(item, personId, capacity);
  const hits = rules.filter((r) => inScope(r, ctx)).flatMap((r) => r.evaluate(ctx));
  if (hits.length === 0) return null;
  const grounds = sortGrounds(hits.map((h) => h.code));
  if (hits.some((h) => h.outcome === 'disqualified')) return { personId, capacity, outcome: 'disqualified', grounds, hits };
  const lean: Lean = hits.some((h) => h.lean === 'disqualified') ? 'disqualified' : 'not_disqualified';
  return { personId, capacity, outcome: 'needs_review', lean, grounds, hits };
}
