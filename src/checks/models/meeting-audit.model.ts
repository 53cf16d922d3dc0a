import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { Capacity } from '../../common/graphql-enums';
import { EvidenceModel } from './meeting-check.model';

@ObjectType('MissedRecusal')
export class MissedRecusalModel {
  @Field(() => ID)
  personId: string;

  @Field(() => Capacity, {
    description: 'The capacity the participant was evaluated in (member, deputy, presenter, minute_taker, attendee).',
  })
  capacity: string;

  @Field(() => [String])
  grounds: string[];

  @Field({ description: "One plain sentence, as the meeting's check explains the finding." })
  explanation: string;

  @Field(() => [EvidenceModel], { description: 'The facts (membership, relationship, interest, related entity, dates) behind it.' })
  evidence: EvidenceModel[];
}

@ObjectType('UnfoundedRecusal')
export class UnfoundedRecusalModel {
  @Field(() => ID)
  personId: string;
}

@ObjectType('UngroundedRecusal', { description: 'A recorded recusal that states no ground (HL 29; OKV/1691/1/2015).' })
export class UngroundedRecusalModel {
  @Field(() => ID)
  personId: string;
}

@ObjectType('UpstreamDefect', { description: 'A missed recusal at a stage of the prepared_in chain (KHO:2018:24).' })
export class UpstreamDefectModel {
  @Field(() => ID, { description: 'The upstream item where it happened (at any stage of the prepared_in chain).' })
  itemId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { description: "The upstream item's meeting." })
  meetingId: string;

  @Field(() => DateScalar, { description: "That meeting's date, the date the stage was evaluated as of." })
  date: string;

  @Field(() => Int, { description: '1 for the item named in prepared_in, 2 for the one that prepared it, and so on.' })
  stage: number;

  @Field(() => Capacity)
  capacity: string;

  @Field(() => [String])
  grounds: string[];

  @Field()
  explanation: string;

  @Field(() => [EvidenceModel])
  evidence: EvidenceModel[];
}

@ObjectType('ItemAudit')
export class ItemAuditModel {
  @Field(() => ID)
  itemId: string;

  @Field(() => [MissedRecusalModel])
  missedRecusals: MissedRecusalModel[];

  @Field(() => [UnfoundedRecusalModel])
  unfoundedRecusals: UnfoundedRecusalModel[];

  @Field(() => [UpstreamDefectModel])
  upstreamDefects: UpstreamDefectModel[];

  @Field(() => [UngroundedRecusalModel], { description: 'Recorded recusals whose grounds are empty or missing.' })
  ungroundedRecusals: UngroundedRecusalModel[];
}

/** The audit of a held meeting (the content of jaavi-audit/1). */
@ObjectType('MeetingAudit')
export class MeetingAuditModel {
  @Field()
  format: string;

  @Field()
  ruleset: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => DateScalar, { description: 'The date the items were evaluated as of.' })
  date: string;

  @Field(() => [ItemAuditModel])
  items: ItemAuditModel[];
}
