import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { RelationshipKind } from '../../common/graphql-enums';

/** A recorded relationship (personal data: administrators and the person concerned only). */
@ObjectType('Relationship')
export class RelationshipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The person the kind is seen from.' })
  personId: string;

  @Field(() => ID)
  relativeId: string;

  @Field()
  relativeName: string;

  @Field(() => RelationshipKind)
  kind: string;

  @Field(() => Boolean, { nullable: true })
  half: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate: string | null;
}
