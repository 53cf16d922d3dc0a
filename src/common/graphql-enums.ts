import { registerEnumType } from '@nestjs/graphql';
import {
  CLASSIFICATIONS,
  INTEREST_KINDS,
  MEETING_STATUSES,
  MEMBERSHIP_ROLES,
  PARTICIPANT_ROLES,
  RELATED_ENTITY_ROLES,
  RELATIONSHIP_KINDS,
} from './domain-enums';

/** GraphQL enums share their values with the dataset format (snake_case values). */
function enumOf(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v, v]));
}

export const Classification = enumOf(CLASSIFICATIONS);
export const MembershipRole = enumOf(MEMBERSHIP_ROLES);
export const RelationshipKind = enumOf(RELATIONSHIP_KINDS);
export const InterestKind = enumOf(INTEREST_KINDS);
export const ParticipantRole = enumOf(PARTICIPANT_ROLES);
export const RelatedEntityRole = enumOf(RELATED_ENTITY_ROLES);
export const MeetingStatus = enumOf(MEETING_STATUSES);
export const EntityType = enumOf(['organization', 'person']);

registerEnumType(Classification, { name: 'Classification', description: 'An entity kind or a body kind.' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(RelationshipKind, { name: 'RelationshipKind', description: 'legal-grounds.md §2.' });
registerEnumType(InterestKind, { name: 'InterestKind' });
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(RelatedEntityRole, { name: 'RelatedEntityRole' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(EntityType, { name: 'EntityType' });
