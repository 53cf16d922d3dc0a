import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsRFC3339,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EntityType, MeetingStatus, ParticipantRole, RelatedEntityRole } from '../../common/graphql-enums';
import { PARTICIPANT_ROLES, RELATED_ENTITY_ROLES } from '../../common/domain-enums';
import { ID_PATTERN, DATE_TIME_WITH_OFFSET } from '../../common/input-patterns';

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  personId: string;

  @Field(() => ParticipantRole)
  @IsIn([...PARTICIPANT_ROLES])
  role: string;
}

@InputType()
export class RelatedEntityInput {
  @Field(() => EntityType)
  @IsIn(['organization', 'person'])
  entityType: 'organization' | 'person';

  @Field(() => ID)
  @Matches(ID_PATTERN)
  entityId: string;

  @Field(() => RelatedEntityRole)
  @IsIn([...RELATED_ENTITY_ROLES])
  role: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN)
  onBehalfOf?: string;

  @Field({ nullable: true, description: 'e.g. ostaja / buyer' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class ConcernInput {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  personId: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text: string;
}

/** What a meeting says besides its identity and start: shared by create and update. */
@InputType({ isAbstract: true })
abstract class MeetingFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  name?: string;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsIn(['planned', 'held'])
  status?: 'planned' | 'held';

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(ID_PATTERN, { each: true })
  expectedAbsent?: string[];

  @Field(() => [ParticipantInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ParticipantInput)
  @ArrayMaxSize(100)
  participants?: ParticipantInput[];
}

@InputType()
export class CreateMeetingInput extends MeetingFields {
  @Field(() => ID, { nullable: true, description: 'External id; generated when omitted.' })
  @IsOptional()
  @Matches(ID_PATTERN)
  id?: string;

  @Field(() => ID)
  @Matches(ID_PATTERN)
  bodyId: string;

  @Field({ description: 'ISO date-time with offset, e.g. 2026-12-14T14:00:00+02:00.' })
  @Matches(DATE_TIME_WITH_OFFSET, { message: 'startsAt must be an ISO date-time with an offset, e.g. 2026-12-14T14:00:00+02:00' })
  @IsRFC3339()
  startsAt: string;
}

@InputType()
export class UpdateMeetingInput extends MeetingFields {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_TIME_WITH_OFFSET, { message: 'startsAt must be an ISO date-time with an offset, e.g. 2026-12-14T14:00:00+02:00' })
  @IsRFC3339()
  startsAt?: string;
}

@InputType()
export class AgendaItemFields {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  order?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @Field({ nullable: true, description: 'Free text, Finnish or Swedish.' })
  @IsOptional()
  @IsString()
  @MaxLength(200000)
  description?: string;

  @Field(() => [RelatedEntityInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RelatedEntityInput)
  @ArrayMaxSize(200)
  relatedEntities?: RelatedEntityInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true })
  preparedBy?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN)
  presentedBy?: string;

  @Field(() => ID, { nullable: true, description: 'The item in another meeting that prepared this one.' })
  @IsOptional()
  @Matches(ID_PATTERN)
  preparedIn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @Field(() => [ConcernInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ConcernInput)
  @ArrayMaxSize(100)
  concerns?: ConcernInput[];
}

@InputType()
export class AddAgendaItemInput extends AgendaItemFields {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'External id; generated when omitted.' })
  @IsOptional()
  @Matches(ID_PATTERN)
  id?: string;
}

@InputType()
export class UpdateAgendaItemInput extends AgendaItemFields {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class RecusalInput {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  personId: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(11)
  grounds?: string[];

  @Field({ nullable: true, description: 'self or body' })
  @IsOptional()
  @IsIn(['self', 'body'])
  decidedBy?: 'self' | 'body';
}

@InputType()
export class SubstituteInput {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  personId: string;

  @Field(() => ID)
  @Matches(ID_PATTERN)
  forPersonId: string;
}

@InputType()
export class MinutesInput {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  itemId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ID], { description: 'Who took part in the item.' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(ID_PATTERN, { each: true })
  participants: string[];

  @Field(() => [RecusalInput])
  @ValidateNested({ each: true })
  @Type(() => RecusalInput)
  @ArrayMaxSize(500)
  recusals: RecusalInput[];

  @Field(() => [SubstituteInput])
  @ValidateNested({ each: true })
  @Type(() => SubstituteInput)
  @ArrayMaxSize(500)
  substitutes: SubstituteInput[];
}
