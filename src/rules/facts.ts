/**
 * The facts the engine reads: plain, readonly data shaped like the `jaavi-dataset/1` records
 * (camelCase). The database loader fills them with what one meeting needs; tests may pass a
 * whole dataset. The engine must give the same answer either way.
 */
import type { Capacity, Lean, Outcome } from './hit';

export type EntityClassification =
  | 'municipality'
  | 'wellbeing_county'
  | 'joint_municipal_authority'
  | 'wellbeing_joint_authority'
  | 'municipal_enterprise'
  | 'county_enterprise'
  | 'company'
  | 'association'
  | 'foundation'
  | 'state_agency'
  | 'other';

export type BodyClassification = 'council' | 'board' | 'committee' | 'division' | 'audit_committee' | 'supervisory_board' | 'other_body';

export type Classification = EntityClassification | BodyClassification;

export type MembershipRole =
  | 'chair'
  | 'vice_chair'
  | 'member'
  | 'deputy'
  | 'board_chair'
  | 'board_member'
  | 'deputy_board_member'
  | 'supervisory_board_member'
  | 'ceo'
  | 'deputy_ceo'
  | 'employee'
  | 'contractor';

export type RelationshipKind =
  | 'spouse'
  | 'cohabiting_partner'
  | 'child'
  | 'grandchild'
  | 'sibling'
  | 'parent'
  | 'grandparent'
  | 'especially_close'
  | 'child_spouse'
  | 'grandchild_spouse'
  | 'sibling_spouse'
  | 'parent_spouse'
  | 'grandparent_spouse'
  | 'aunt_uncle'
  | 'aunt_uncle_spouse'
  | 'niece_nephew'
  | 'former_spouse'
  | 'spouse_child'
  | 'spouse_grandchild'
  | 'spouse_sibling'
  | 'spouse_parent'
  | 'spouse_grandparent'
  | 'spouse_child_spouse'
  | 'spouse_grandchild_spouse'
  | 'spouse_sibling_spouse'
  | 'spouse_parent_spouse'
  | 'spouse_grandparent_spouse'
  | 'spouse_niece_nephew'
  | 'cousin'
  | 'other';

export type InterestKind = 'shareholding' | 'real_estate' | 'other';
export type ParticipantRole = 'presenter' | 'minute_taker' | 'attendee';
export type RelatedEntityRole = 'party' | 'affected' | 'representative' | 'evaluated';
export type EntityType = 'organization' | 'person';

/** A calendar date `YYYY-MM-DD`; compared as strings. */
export type IsoDate = string;

/** The body's latest decision on a finding, with the finding it was taken on. */
export interface DecisionFact {
  readonly itemId: string;
  readonly personId: string;
  readonly capacity: Capacity;
  readonly outcome: Outcome;
  readonly lean?: Lean | null;
  readonly grounds: readonly string[];
  readonly status: 'confirmed' | 'dismissed';
}

/** An official's own announcement that they withdraw from an item. */
export interface SelfRecusalFact {
  readonly itemId: string;
  readonly personId: string;
}

export interface OrganizationFact {
  readonly id: string;
  readonly name: string;
  /** The registry's Swedish name (`other_names` with `lang: sv`), shown to Swedish readers. */
  readonly nameSv?: string | null;
  readonly classification: Classification;
  readonly parentId?: string | null;
  readonly seats?: number | null;
  readonly memberIds?: readonly string[];
  readonly owners?: readonly { readonly organizationId: string; readonly share?: number | null }[];
}

export interface PersonFact {
  readonly id: string;
  readonly name: string;
}

export interface MembershipFact {
  readonly id: string;
  readonly personId: string;
  readonly organizationId: string;
  readonly role: MembershipRole;
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate | null;
  /** External id of the principal's membership, for a personal deputy. */
  readonly deputyFor?: string | null;
  readonly group?: string | null;
  readonly deputyOrder?: number | null;
}

export interface RelationshipFact {
  readonly id: string;
  readonly personId: string;
  readonly relativeId: string;
  readonly kind: RelationshipKind;
  readonly half?: boolean | null;
  readonly startDate?: IsoDate | null;
  readonly endDate?: IsoDate | null;
}

export interface InterestFact {
  readonly id: string;
  readonly personId: string;
  readonly organizationId?: string | null;
  readonly kind: InterestKind;
  readonly description?: string | null;
  readonly material?: boolean | null;
  readonly declaredOn?: IsoDate | null;
  readonly startDate?: IsoDate | null;
  readonly endDate?: IsoDate | null;
}

export interface RelatedEntityFact {
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly role: RelatedEntityRole;
  readonly onBehalfOf?: string | null;
  readonly note?: string | null;
}

export interface RecordFact {
  readonly participants: readonly string[];
  readonly recusals: readonly {
    readonly personId: string;
    readonly grounds: readonly string[];
    readonly decidedBy?: 'self' | 'body' | null;
  }[];
  readonly substitutes: readonly { readonly personId: string; readonly forPersonId: string }[];
}

export interface AgendaItemFact {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly description?: string | null;
  readonly relatedEntities: readonly RelatedEntityFact[];
  readonly preparedBy: readonly string[];
  readonly presentedBy?: string | null;
  /** External id of the item in another meeting that prepared this one. */
  readonly preparedIn?: string | null;
  readonly urgent?: boolean | null;
  readonly concerns: readonly { readonly personId: string; readonly text: string }[];
  readonly record?: RecordFact | null;
}

export interface MeetingFact {
  readonly id: string;
  /** The body (toimielin) holding the meeting. */
  readonly organizationId: string;
  readonly name?: string | null;
  /** ISO date-time with offset; the meeting date is its local date part. */
  readonly startDate: string;
  readonly status: 'planned' | 'held';
  readonly expectedAbsent: readonly string[];
  readonly participants: readonly { readonly personId: string; readonly role: ParticipantRole }[];
  readonly agenda: readonly AgendaItemFact[];
}

/**
 * Everything the engine needs for one meeting. Lists may hold more than needed (a whole
 * registry); they must hold at least: the body, its parent and their enterprises/joint
 * authorities; every concerned organisation with its parent; every seat of the body; the
 * memberships of the evaluated persons and of their relatives (up to three relationship steps)
 * in the concerned and evaluated organisations, the own organisation, and anything below
 * those (bodies, enterprises), with the organisations they are in and their parents; for each
 * ended body seat among them, the earliest later seat in the same body (the holdover rule);
 * the relationships along those chains; the persons' interests.
 */
export interface Facts {
  readonly meeting: MeetingFact;
  readonly organizations: readonly OrganizationFact[];
  readonly persons: readonly PersonFact[];
  readonly memberships: readonly MembershipFact[];
  readonly relationships: readonly RelationshipFact[];
  readonly interests: readonly InterestFact[];
  /** The body's standing decisions on this meeting's findings (HL 29); none when omitted. */
  readonly decisions?: readonly DecisionFact[];
  /** Officials' announced self-recusals for this meeting's items; none when omitted. */
  readonly selfRecusals?: readonly SelfRecusalFact[];
}
