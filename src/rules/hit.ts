/**
 * What a rule returns: a ground code, an outcome, and the reason (the facts that made it fire),
 * from which the explanation and the evidence are written.
 */
import type { GroundCode } from './grounds';
import type { InterestFact, MembershipFact, RelatedEntityFact } from './facts';
import type { Period } from './period';
import type { Position } from './positions';
import type { Relative } from './relatives';

export type Outcome = 'disqualified' | 'needs_review';
export type Lean = 'disqualified' | 'not_disqualified';
export type Capacity = 'chair' | 'vice_chair' | 'member' | 'deputy' | 'presenter' | 'minute_taker' | 'attendee';

export const CAPACITY_ORDER: readonly Capacity[] = ['chair', 'vice_chair', 'member', 'deputy', 'presenter', 'minute_taker', 'attendee'];

/** Whose fact it is: the evaluated person's own, or a relative's (never named in text). */
export type Subject = { readonly kind: 'self' } | { readonly kind: 'relative'; readonly relative: Relative };

export type Reason =
  | { readonly type: 'person_entity'; readonly subject: Subject; readonly entity: RelatedEntityFact }
  | {
      readonly type: 'position';
      readonly subject: Subject;
      readonly position: Position;
      readonly concerned: RelatedEntityFact;
      /** KL 97.4: the own organisation, when it and this own unit are both parties. */
      readonly conflictWith?: string;
    }
  | { readonly type: 'interest'; readonly subject: Subject; readonly interest: InterestFact; readonly concerned: RelatedEntityFact }
  | { readonly type: 'audit_target'; readonly membership: MembershipFact; readonly period: Period; readonly target: RelatedEntityFact }
  | {
      readonly type: 'prepared';
      readonly employment: MembershipFact;
      readonly prepared: boolean;
      readonly presented: boolean;
      readonly itemId: string;
    }
  | { readonly type: 'concern'; readonly text: string; readonly itemId: string };

export interface Hit {
  readonly code: GroundCode;
  readonly outcome: Outcome;
  readonly lean?: Lean;
  readonly reason: Reason;
}

export function disqualifies(code: GroundCode, reason: Reason): Hit {
  return { code, outcome: 'disqualified', reason };
}

export function review(code: GroundCode, lean: Lean, reason: Reason): Hit {
  return { code, outcome: 'needs_review', lean, reason };
}
