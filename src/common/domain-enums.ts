import type { Classification, InterestKind, MembershipRole, ParticipantRole, RelatedEntityRole, RelationshipKind } from '../rules/facts';
import * as vocabulary from './vocabulary';

/**
 * The dataset vocabularies as runtime lists, for database enums and GraphQL enums: the lists the
 * validator checks files against (one source), typed against the engine's fact types, so a drift
 * between the dataset format and the engine fails to compile.
 */
export const ENTITY_CLASSIFICATIONS = vocabulary.ENTITY_CLASSIFICATIONS;
export const BODY_CLASSIFICATIONS = vocabulary.BODY_CLASSIFICATIONS;
export const CLASSIFICATIONS: readonly Classification[] = vocabulary.CLASSIFICATIONS;
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = vocabulary.MEMBERSHIP_ROLES;
export const RELATIONSHIP_KINDS: readonly RelationshipKind[] = vocabulary.RELATIONSHIP_KINDS;
export const INTEREST_KINDS: readonly InterestKind[] = vocabulary.INTEREST_KINDS;
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = vocabulary.PARTICIPANT_ROLES;
export const RELATED_ENTITY_ROLES: readonly RelatedEntityRole[] = vocabulary.RELATED_ENTITY_ROLES;
export const MEETING_STATUSES = vocabulary.EVENT_STATUSES;
