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
import type { Capacity as RuleCapacity, Lean as RuleLean, Outcome as RuleOutcome } from '../rules/hit';
import type { SubstitutionStatus as RuleSubstitutionStatus } from '../rules/report';

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

/**
 * The engine's closed vocabularies as GraphQL enums. `src/rules` declares them as types only;
 * each list here is checked against its type (a value missing or extra fails the type check).
 */
function every<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([T] extends [V[number]] ? unknown : never)): V => values;
}

export const Outcome = enumOf(every<RuleOutcome>()(['disqualified', 'needs_review']));
export const Lean = enumOf(every<RuleLean>()(['disqualified', 'not_disqualified']));
export const Capacity = enumOf(every<RuleCapacity>()(['chair', 'vice_chair', 'member', 'deputy', 'presenter', 'minute_taker', 'attendee']));
export const SubstitutionStatus = enumOf(
  every<RuleSubstitutionStatus>()([
    'summon',
    'summon_with_warning',
    'deputy_disqualified',
    'no_deputy',
    'substitute_presenter_needed',
    'substitute_minute_taker_needed',
  ]),
);
export const DecisionStatus = enumOf(['confirmed', 'dismissed']);

registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'legal-grounds.md §4: disqualified, or needs_review where the law needs judgment.',
});
registerEnumType(Lean, { name: 'Lean', description: 'Which way a needs_review finding leans.' });
registerEnumType(Capacity, { name: 'Capacity', description: 'The capacity a person takes part in.' });
registerEnumType(SubstitutionStatus, {
  name: 'SubstitutionStatus',
  description: 'What to do about a disqualified or absent member (legal-grounds.md §6).',
});
registerEnumType(DecisionStatus, { name: 'DecisionStatus', description: "The body's decision on a finding (HL 29)." });
