/**
 * Quorum per item (legal-grounds §7): KL 103.1 / HVAL 108 two thirds in a council, KL 103.2 more
 * than half elsewhere; the statutory fallback when it fails (KL 17.3 for a municipal council,
 * KL 35.4 for a municipal board).
 */
import type { FactIndex } from './fact-index';
import type { OrganizationFact } from './facts';
import type { Quorum, QuorumFallback } from './report';

export interface QuorumInput {
  /** Members in force on D, used when the body records no `seats`. */
  readonly memberCount: number;
  /** Replaced members (disqualified or expected absent) who got no deputy. */
  readonly unfilled: number;
  /** Persons counted present who have `needs_review`: members, and deputies summoned with a warning. */
  readonly presentUnderReview: number;
}

export function requiredFor(body: OrganizationFact, seats: number): number {
  return body.classification === 'council' ? Math.ceil((2 * seats) / 3) : Math.floor(seats / 2) + 1;
}

export function fallbackFor(index: FactIndex, body: OrganizationFact): Exclude<QuorumFallback, null> {
  const parent = body.parentId ? index.org(body.parentId) : undefined;
  const municipal = parent?.classification === 'municipality';
  if (municipal && body.classification === 'council') return 'KL17_3';
  if (municipal && body.classification === 'board') return 'KL35_4';
  return 'review';
}

export function quorum(index: FactIndex, body: OrganizationFact, input: QuorumInput): Quorum {
  const seats = body.seats ?? input.memberCount;
  const required = requiredFor(body, seats);
  const present = seats - input.unfilled;
  const met = present >= required;
  return {
    seats,
    required,
    present,
    met,
    dependsOnReview: met && present - input.presentUnderReview < required,
    fallback: met ? null : fallbackFor(index, body),
  };
}
