import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';

@ObjectType('MissedRecusal')
export class MissedRecusalModel {
  @Field(() => ID)
  personId: string;

  @Field(() => [String])
  grounds: string[];

  @Field(() => [String], { description: 'The grounds in words and standard notation, in the requested language (HL 28 § 1 mom. 5 k. (yhteisöjäävi)).' })
  groundTexts: string[];
}

@ObjectType('UnfoundedRecusal')
export class UnfoundedRecusalModel {
  @Field(() => ID)
  personId: string;
}

@ObjectType('UpstreamDefect')
export class UpstreamDefectModel {
  @Field(() => ID, { description: 'The upstream item (prepared_in).' })
  itemId: string;

  @Field(() => ID)
  personId: string;
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
