/** The engine's results, camelCase. `interchange.ts` writes them as jaavi-check/1 and jaavi-audit/1. */
import type { GroundCode, TextLang } from './grounds';
import type { Capacity, Lean, Outcome } from './hit';

export type { Capacity, Lean, Outcome } from './hit';

export type EvidenceKind = 'membership' | 'relationship' | 'interest' | 'related_entity' | 'item';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly id?: string;
  readonly text: string;
  /**
   * The entry describes a relative of the person (the relative's position, a kinship step, the
   * relative as a party): only administrators and the person concerned see its id and dates.
   */
  readonly aboutRelative?: boolean;
  /** The text without dates, for everyone else (set when it differs from `text`). */
  readonly restrictedText?: string;
}

export interface Finding {
  readonly personId: string;
  readonly capacity: Capacity;
  readonly outcome: Outcome;
  /** Only for `needs_review`. */
  readonly lean?: Lean;
  readonly grounds: readonly GroundCode[];
  readonly explanation: string;
  /**
   * The explanation for viewers other than administrators and the person concerned: no dates of
   * a relative's position and no declared interest's free-text description (kind and
   * organisation instead).
   */
  readonly restrictedExplanation: string;
  readonly evidence: readonly Evidence[];
}

export type SubstitutionStatus =
  'summon' | 'summon_with_warning' | 'deputy_disqualified' | 'no_deputy' | 'substitute_presenter_needed' | 'substitute_minute_taker_needed';

/**
 * Why a person is replaced for an item: a `disqualified` finding, the body's decision on a
 * finding (confirmed, whatever its outcome), the person's own announced self-recusal, or the
 * meeting's expected absences.
 */
export type ReplacementReason = 'finding' | 'decision' | 'announcement' | 'expected_absent';

export interface Substitution {
  readonly forPersonId: string;
  readonly deputyPersonId: string | null;
  readonly status: SubstitutionStatus;
  readonly reason: ReplacementReason;
}

export type QuorumFallback = 'KL17_3' | 'KL35_4' | 'review' | null;

export interface Quorum {
  readonly seats: number;
  readonly required: number;
  readonly present: number;
  readonly met: boolean;
  readonly dependsOnReview: boolean;
  readonly fallback: QuorumFallback;
}

export interface Note {
  readonly personId?: string;
  readonly text: string;
}

export interface ItemReport {
  readonly itemId: string;
  readonly findings: readonly Finding[];
  readonly substitutions: readonly Substitution[];
  readonly quorum: Quorum;
  readonly notes: readonly Note[];
}

export interface CheckReport {
  readonly format: 'jaavi-check/1';
  readonly ruleset: string;
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  readonly items: readonly ItemReport[];
}

/** A participant who was disqualified and did not recuse, with the check's explanation and evidence. */
export interface MissedRecusal {
  readonly personId: string;
  readonly capacity: Capacity;
  readonly grounds: readonly GroundCode[];
  readonly explanation: string;
  /** The explanation for viewers who may not read the person's personal data (see `Finding`). */
  readonly restrictedExplanation: string;
  readonly evidence: readonly Evidence[];
}

/** A missed recusal at a stage of the `prepared_in` chain above an item. */
export interface UpstreamDefect extends MissedRecusal {
  /** The upstream item where it happened. */
  readonly itemId: string;
  readonly meetingId: string;
  /** That meeting's date, the date the stage was evaluated as of. */
  readonly date: string;
  /** 1 for the item named in `prepared_in`, 2 for the one that prepared it, and so on. */
  readonly stage: number;
}

export interface AuditItem {
  readonly itemId: string;
  readonly missedRecusals: readonly MissedRecusal[];
  readonly unfoundedRecusals: readonly { readonly personId: string }[];
  readonly upstreamDefects: readonly UpstreamDefect[];
  /** Recorded recusals that state no ground (HL 29; OKV/1691/1/2015). */
  readonly ungroundedRecusals: readonly { readonly personId: string }[];
}

export interface AuditReport {
  readonly format: 'jaavi-audit/1';
  readonly ruleset: string;
  readonly meetingId: string;
  /** The meeting date the items were evaluated as of (not part of jaavi-audit/1). */
  readonly date: string;
  readonly items: readonly AuditItem[];
}

/** The reader's language: Finnish, Swedish or English (catalogues in `i18n/`). */
export type Lang = TextLang;

export interface EvaluateOptions {
  /** Language of explanations and notes; Finnish by default. */
  readonly lang?: Lang;
}
