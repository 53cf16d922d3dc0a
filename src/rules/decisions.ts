/**
 * What the body and the persons themselves have said about an item, as facts for the engine
 * (legal-grounds §6): the body decides on disqualification (HL 29), so a confirmed finding
 * replaces the person whatever its outcome and a dismissed one keeps them; an official who
 * announces a self-recusal withdraws from the item and is replaced likewise. The rules stay
 * pure: the service reads decisions and announcements and passes them in with the facts.
 */
import type { Assessment } from './assess';
import type { DecisionFact, Facts } from './facts';
import type { ReplacementReason } from './report';

const key = (itemId: string, personId: string, capacity?: string) => `${itemId}\u0000${personId}\u0000${capacity ?? ''}`;

/** Decisions and announcements of one meeting, looked up per item and person. */
export class Verdicts {
  private readonly decisions = new Map<string, DecisionFact>();
  private readonly announced = new Set<string>();

  constructor(facts: Pick<Facts, 'decisions' | 'selfRecusals'>) {
    for (const d of facts.decisions ?? []) this.decisions.set(key(d.itemId, d.personId, d.capacity), d);
    for (const s of facts.selfRecusals ?? []) this.announced.add(key(s.itemId, s.personId));
  }

  /**
   * The decision on this very finding, if any: a decision was taken on a finding with its
   * outcome and grounds, and stands only while the check still says the same.
   */
  decisionOn(itemId: string, a: Assessment | null): DecisionFact['status'] | null {
    if (!a) return null;
    const d = this.decisions.get(key(itemId, a.personId, a.capacity));
    if (!d || d.outcome !== a.outcome || (d.lean ?? null) !== (a.lean ?? null)) return null;
    const grounds = [...a.grounds].sort().join(',');
    return [...d.grounds].sort().join(',') === grounds ? d.status : null;
  }

  announcedBy(itemId: string, personId: string): boolean {
    return this.announced.has(key(itemId, personId));
  }

  /**
   * Whether, and why, the person must be replaced for the item: a confirmed finding (the body's
   * decision), an own announcement, or a `disqualified` finding the body has not dismissed.
   * `null`: the person stays (no finding, `needs_review` undecided, or dismissed).
   */
  reasonFor(itemId: string, personId: string, a: Assessment | null): ReplacementReason | null {
    const decision = this.decisionOn(itemId, a);
    if (decision === 'confirmed') return 'decision';
    if (this.announcedBy(itemId, personId)) return 'announcement';
    if (decision === 'dismissed') return null;
    return a?.outcome === 'disqualified' ? 'finding' : null;
  }

  /** A person counted present under review: an undecided `needs_review` who stays. */
  underReview(itemId: string, a: Assessment | null): boolean {
    return a?.outcome === 'needs_review' && this.decisionOn(itemId, a) === null && !this.announcedBy(itemId, a.personId);
  }
}
