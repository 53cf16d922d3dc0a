/**
 * The closed vocabularies of `jaavi-dataset/1` (interchange.md), as constants so the validator
 * and the types share one source. A unit test checks them against `dataset.schema.json`.
 */

export const ENTITY_CLASSIFICATIONS = [
  'municipality',
  'wellbeing_county',
  'joint_municipal_authority',
  'wellbeing_joint_authority',
  'municipal_enterprise',
  'county_enterprise',
  'company',
  'association',
  'foundation',
  'state_agency',
  'other',
] as const;

/** Toimielimet: bodies that hold meetings and belong to an entity. */
export const BODY_CLASSIFICATIONS = [
  'council',
  'board',
  'committee',
  'division',
  'audit_committee',
  'supervisory_board',
  'other_body',
] as const;

export const CLASSIFICATIONS = [...ENTITY_CLASSIFICATIONS, ...BODY_CLASSIFICATIONS] as const;

export type EntityClassification = (typeof ENTITY_CLASSIFICATIONS)[number];
export type BodyClassification = (typeof BODY_CLASSIFICATIONS)[number];
export type Classification = EntityClassification | BodyClassification;

/** Liikelaitokset: they must name the municipality or county (or joint authority) running them. */
export const ENTERPRISE_CLASSIFICATIONS = ['municipal_enterprise', 'county_enterprise'] as const;

export const JOINT_AUTHORITY_CLASSIFICATIONS = ['joint_municipal_authority', 'wellbeing_joint_authority'] as const;

/** Entities that may list `owners`: the private-law forms (and `other`). */
export const OWNABLE_CLASSIFICATIONS = ['company', 'association', 'foundation', 'other'] as const;

export const BODY_ROLES = ['chair', 'vice_chair', 'member', 'deputy'] as const;

export const ENTITY_ROLES = [
  'board_chair',
  'board_member',
  'deputy_board_member',
  'supervisory_board_member',
  'ceo',
  'deputy_ceo',
  'employee',
  'contractor',
] as const;

export const MEMBERSHIP_ROLES = [...BODY_ROLES, ...ENTITY_ROLES] as const;

export type BodyRole = (typeof BODY_ROLES)[number];
export type EntityRole = (typeof ENTITY_ROLES)[number];
export type MembershipRole = BodyRole | EntityRole;

/** Seats a personal deputy (`deputy_for`) can stand in for. */
export const PRINCIPAL_ROLES = ['chair', 'vice_chair', 'member'] as const;

export const RELATIONSHIP_KINDS = [
  'spouse',
  'cohabiting_partner',
  'child',
  'grandchild',
  'sibling',
  'parent',
  'grandparent',
  'especially_close',
  'child_spouse',
  'grandchild_spouse',
  'sibling_spouse',
  'parent_spouse',
  'grandparent_spouse',
  'aunt_uncle',
  'aunt_uncle_spouse',
  'niece_nephew',
  'former_spouse',
  'spouse_child',
  'spouse_grandchild',
  'spouse_sibling',
  'spouse_parent',
  'spouse_grandparent',
  'spouse_child_spouse',
  'spouse_grandchild_spouse',
  'spouse_sibling_spouse',
  'spouse_parent_spouse',
  'spouse_grandparent_spouse',
  'spouse_niece_nephew',
  'cousin',
  'other',
] as const;

export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const INTEREST_KINDS = ['shareholding', 'real_estate', 'other'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

export const EVENT_STATUSES = ['planned', 'held'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTICIPANT_ROLES = ['presenter', 'minute_taker', 'attendee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ENTITY_TYPES = ['organization', 'person'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATED_ENTITY_ROLES = ['party', 'affected', 'representative', 'evaluated'] as const;
export type RelatedEntityRole = (typeof RELATED_ENTITY_ROLES)[number];

export const RECUSAL_DECIDERS = ['self', 'body'] as const;
export type RecusalDecider = (typeof RECUSAL_DECIDERS)[number];

export const NAME_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** The language of what jaavi sends a person (interchange.md, persons `preferred_lang`). */
export const PREFERRED_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];

/** Popolo contact detail types jaavi accepts (interchange.md, persons `contact_details`). */
export const CONTACT_DETAIL_TYPES = ['email', 'phone'] as const;
export type ContactDetailType = (typeof CONTACT_DETAIL_TYPES)[number];

/** `includes` over a readonly tuple, narrowing an unknown value to its members. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
