import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { DateScalar } from '../../common/date.scalar';
import { MeetingStatus } from '../../common/graphql-enums';

/** A meeting in a list (its agenda via `meeting(id)`). */
@ObjectType('MeetingSummary')
export class MeetingSummaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  startsAt: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => MeetingStatus)
  status: string;

  @Field(() => Int)
  itemCount: number;
}

@ObjectType('MeetingConnection')
export class MeetingConnection extends Connection(MeetingSummaryModel, 'Meeting') {}
