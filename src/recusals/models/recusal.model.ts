import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { DateScalar } from '../../common/date.scalar';

/** A recusal as recorded in the minutes, or one that should have been (missedRecusals). */
@ObjectType('RecusalRecord')
export class RecusalRecordModel {
  @Field(() => ID)
  meetingId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => ID)
  bodyId: string;

  @Field()
  bodyName: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  itemTitle: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field(() => [String])
  grounds: string[];

  @Field(() => String, { nullable: true, description: 'self or body; null for a missed recusal.' })
  decidedBy: string | null;
}

@ObjectType('RecusalConnection')
export class RecusalConnection extends Connection(RecusalRecordModel, 'Recusal') {}
