import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { EvidenceModel } from '../../checks/models/meeting-check.model';

/** A finding about the caller in an upcoming meeting. */
@ObjectType('Warning')
export class WarningModel {
  @Field(() => ID)
  meetingId: string;

  @Field(() => String, { nullable: true })
  meetingName: string | null;

  @Field(() => DateScalar)
  date: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  itemTitle: string;

  @Field(() => ID)
  personId: string;

  @Field()
  capacity: string;

  @Field()
  outcome: string;

  @Field(() => String, { nullable: true })
  lean: string | null;

  @Field(() => [String])
  grounds: string[];

  @Field()
  explanation: string;

  @Field(() => [EvidenceModel])
  evidence: EvidenceModel[];
}
