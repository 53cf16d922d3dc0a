import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { EntityType, MeetingStatus, ParticipantRole, RelatedEntityRole } from '../../common/graphql-enums';

@ObjectType('RelatedEntity')
export class RelatedEntityModel {
  @Field(() => EntityType)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => RelatedEntityRole)
  role: string;

  @Field(() => ID, { nullable: true })
  onBehalfOf: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. buyer, seller' })
  note: string | null;
}

@ObjectType('Concern')
export class ConcernModel {
  @Field(() => ID)
  personId: string;

  @Field()
  text: string;
}

@ObjectType('RecordedRecusal')
export class RecordedRecusalModel {
  @Field(() => ID)
  personId: string;

  @Field(() => [String])
  grounds: string[];

  @Field(() => String, { nullable: true, description: 'self or body (HL 29)' })
  decidedBy: string | null;
}

@ObjectType('RecordedSubstitute')
export class RecordedSubstituteModel {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  forPersonId: string;
}

@ObjectType('MinutesRecord')
export class MinutesRecordModel {
  @Field(() => [ID])
  participants: string[];

  @Field(() => [RecordedRecusalModel])
  recusals: RecordedRecusalModel[];

  @Field(() => [RecordedSubstituteModel])
  substitutes: RecordedSubstituteModel[];
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with an edit (optimistic locking).' })
  version: number;

  @Field(() => Int)
  order: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [RelatedEntityModel])
  relatedEntities: RelatedEntityModel[];

  @Field(() => [ID])
  preparedBy: string[];

  @Field(() => ID, { nullable: true })
  presentedBy: string | null;

  @Field(() => ID, { nullable: true, description: 'The item in another meeting that prepared this one.' })
  preparedIn: string | null;

  @Field()
  urgent: boolean;

  @Field(() => [ConcernModel])
  concerns: ConcernModel[];

  @Field(() => MinutesRecordModel, { nullable: true })
  record: MinutesRecordModel | null;
}

@ObjectType('MeetingParticipant')
export class MeetingParticipantModel {
  @Field(() => ID)
  personId: string;

  @Field(() => ParticipantRole)
  role: string;
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with an edit (optimistic locking).' })
  version: number;

  @Field(() => ID)
  bodyId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field({ description: 'ISO date-time with offset, as given.' })
  startsAt: string;

  @Field(() => DateScalar, { description: 'The local date the rules are evaluated on.' })
  date: string;

  @Field(() => MeetingStatus)
  status: string;

  @Field(() => String, { nullable: true, description: 'When the agenda went out (publishAgenda), ISO timestamp; null before.' })
  agendaPublishedAt: string | null;

  @Field(() => [ID])
  expectedAbsent: string[];

  @Field(() => [MeetingParticipantModel])
  participants: MeetingParticipantModel[];

  @Field(() => [AgendaItemModel])
  agenda: AgendaItemModel[];
}
