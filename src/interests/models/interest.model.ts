import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { InterestKind } from '../../common/graphql-enums';

/** A declared interest (sidonnaisuusilmoitus; personal data). */
@ObjectType('Interest')
export class InterestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => String, { nullable: true })
  organizationName: string | null;

  @Field(() => InterestKind)
  kind: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the body has judged it material.' })
  material: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  declaredOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate: string | null;
}
