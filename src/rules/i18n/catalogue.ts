/**
 * The shape of a message catalogue: every person-readable word the engine and the services write
 * (explanations, notes, substitution reasons, summons, audit texts, CSV headers, the text report).
 * One catalogue per language (fi, sv, en) with the same keys: a missing key is a type error here
 * and fails `test/unit/rules/catalogue.spec.ts`. Catalogues are plain data: templates with
 * `{placeholders}` and plural forms chosen by `Intl.PluralRules`.
 */
import type { InterestKind, MembershipRole, RelatedEntityRole, RelationshipKind } from '../facts';
import type { Capacity, Lean, Outcome } from '../hit';
import type { PeriodStatus } from '../period';

/** Plural forms by CLDR category; Finnish, Swedish and English need `one` and `other`. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

export type SubstitutionStatusKey =
  'summon' | 'summon_with_warning' | 'deputy_disqualified' | 'no_deputy' | 'substitute_presenter_needed' | 'substitute_minute_taker_needed';

export type QuorumFallbackKey = 'KL17_3' | 'KL35_4' | 'review';

export interface Catalogue {
  /** BCP 47 locale for Intl (dates, plural rules, sorting). */
  readonly locale: string;
  /** How a statute reference is written: `{abbr}`, `{section}`, `{subsection}`, `{paragraph}`. */
  readonly citation: {
    readonly section: string;
    readonly subsection: string;
    readonly paragraph: string;
    /** Finlex path segment for the statute's consolidated text in this language. */
    readonly finlexPath: string;
  };
  readonly kinds: Readonly<Record<RelationshipKind, string>>;
  /** A role with its preposition where the language needs one ("a member of"). */
  readonly roles: Readonly<Record<MembershipRole, string>>;
  /** A role as a title, for lists and evidence ("jäsen", "ledamot", "member"). */
  readonly roleTitles: Readonly<Record<MembershipRole, string>>;
  /** What an entity does in the item, as a predicate ("is a party to this item"). */
  readonly concerns: Readonly<Record<RelatedEntityRole, string>>;
  readonly interests: Readonly<Record<InterestKind, string>>;
  readonly capacities: Readonly<Record<Capacity, string>>;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly leans: Readonly<Record<Lean, string>>;
  readonly statusMarkers: Readonly<Record<PeriodStatus, string>>;
  readonly substitutionStatus: Readonly<Record<SubstitutionStatusKey, string>>;
  readonly quorumFallback: Readonly<Record<QuorumFallbackKey, string>>;
  readonly plurals: {
    readonly days: Plural;
    readonly grounds: Plural;
    readonly findings: Plural;
    readonly warnings: Plural;
    readonly items: Plural;
    readonly recusals: Plural;
  };
  /** Templates for the engine's sentences. */
  readonly explain: {
    readonly relative: string;
    readonly clauseJoiner: string;
    readonly listJoiner: string;
    readonly verdictDisqualified: string;
    readonly verdictReview: string;
    readonly groundLine: string;
    readonly groundItem: string;
    readonly positionCurrent: string;
    readonly positionEnded: string;
    readonly positionFuture: string;
    readonly datesSince: string;
    readonly datesSinceUntil: string;
    readonly datesFuture: string;
    readonly datesEnded: string;
    readonly datesHoldover: string;
    readonly bodyOfEntity: string;
    readonly positionAndConcern: string;
    readonly ownAlsoParty: string;
    readonly interest: string;
    readonly interestMaterial: string;
    readonly evidenceInterest: string;
    readonly evidenceMaterial: string;
    readonly evidenceMembership: string;
    readonly evidenceChainStep: string;
    readonly prepared: string;
    readonly preparedWhat: string;
    readonly presentedWhat: string;
    readonly preparedAndPresentedWhat: string;
    readonly preparedBy: string;
    readonly presentedBy: string;
    readonly concern: string;
    readonly concernOnBehalf: string;
  };
  readonly notes: {
    readonly seatNotBoard: string;
    readonly councilPersonalOnly: string;
    /** KHO:2021:163: a councillor's position in a private entity the item only affects. */
    readonly councilNotParty: string;
    readonly relativeOfPerson: string;
    readonly boardPositionIn: string;
    readonly notARelative: string;
    readonly participantReview: string;
    readonly chairVice: string;
    readonly chairNoVice: string;
    readonly chairViceAnnounced: string;
    readonly chairNoViceAnnounced: string;
    readonly urgent: string;
    readonly announcement: string;
    readonly announcementGrounds: string;
    readonly mention: string;
  };
  /** The summons (to a deputy: never names a relative or an interest). */
  readonly summons: {
    readonly title: string;
    readonly meeting: string;
    readonly item: string;
    readonly reason: string;
    readonly none: string;
    readonly absent: string;
    readonly disqualified: string;
    readonly decided: string;
    readonly announced: string;
    readonly warning: string;
    readonly when: string;
  };
  /** The plain-text check and audit report (`--format text`). */
  readonly report: {
    readonly meeting: string;
    readonly item: string;
    readonly none: string;
    readonly summons: string;
    readonly quorum: string;
    readonly quorumLine: string;
    readonly met: string;
    readonly notMet: string;
    readonly dependsOnReview: string;
    readonly notes: string;
    readonly missed: string;
    readonly unfounded: string;
    readonly upstream: string;
    readonly ungrounded: string;
    readonly stage: string;
    readonly evidence: string;
    readonly auditOk: string;
    readonly noDeputy: string;
    readonly findingLine: string;
    readonly summary: string;
  };
  /** Column headers of the recusals CSV and XLSX. */
  readonly csv: {
    readonly kind: string;
    readonly kindRecorded: string;
    readonly kindMissed: string;
    readonly date: string;
    readonly meetingId: string;
    readonly bodyId: string;
    readonly bodyName: string;
    readonly itemId: string;
    readonly itemTitle: string;
    readonly personId: string;
    readonly personName: string;
    readonly grounds: string;
    readonly groundCodes: string;
    readonly decidedBy: string;
    readonly decidedBySelf: string;
    readonly decidedByBody: string;
    readonly sheet: string;
  };
  /** Words joining a date and a time: "klo", "kl.", "at". */
  readonly at: string;
}
