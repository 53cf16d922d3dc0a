import type {
  BodyClassification,
  Classification,
  EntityClassification,
  InterestKind,
  MembershipRole,
  ParticipantRole,
  RelatedEntityRole,
  RelationshipKind,
} from '../rules/facts';

/** The dataset vocabularies as runtime lists, for database enums and GraphQL enums. */
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
] as const satisfies readonly EntityClassification[];

export const BODY_CLASSIFICATIONS = [
  'council',
  'board',
  'committee',
  'division',
  'audit_committee',
  'supervisory_board',
  'other_body',
] as const satisfies readonly BodyClassification[];

export const CLASSIFICATIONS: readonly Classification[] = [...ENTITY_CLASSIFICATIONS, ...BODY_CLASSIFICATIONS];

export const MEMBERSHIP_ROLES = [
  'chair',
  'vice_chair',
  'member',
  'deputy',
  'board_chair',
  'board_member',
  'deputy_board_member',
  'supervisory_board_member',
  'ceo',
  'deputy_ceo',
  'employee',
  'contractor',
] as const satisfies readonly MembershipRole[];

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
] as const satisfies readonly RelationshipKind[];

export const INTEREST_KINDS = ['shareholding', 'real_estate', 'other'] as const satisfies readonly InterestKind[];
export const PARTICIPANT_ROLES = ['presenter', 'minute_taker', 'attendee'] as const satisfies readonly ParticipantRole[];
export const RELATED_ENTITY_ROLES = ['party', 'affected', 'representative', 'evaluated'] as const satisfies readonly RelatedEntityRole[];
export const MEETING_STATUSES = ['planned', 'held'] as const;
export const LANGS = ['fi', 'sv', 'en'] as const;
