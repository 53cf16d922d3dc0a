import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { MembershipRole } from '../../common/graphql-enums';
import type { MembershipView } from '../membership.repository';

/** A seat in a body or a position in an entity, for a period. */
@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  organizationName: string;

  @Field(() => MembershipRole)
  role: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in office, inclusive.' })
  endDate: string | null;

  @Field(() => ID, { nullable: true, description: 'For a personal deputy: the principal membership.' })
  deputyForId: string | null;

  @Field(() => String, { nullable: true, description: 'Council group (party or list).' })
  group: string | null;

  @Field(() => Int, { nullable: true })
  deputyOrder: number | null;

  @Field(() => String, { nullable: true, description: 'A free remark on the seat, e.g. where the appointment is recorded.' })
  note: string | null;

  /** The stored row as the API shows it: every column under its own name, the principal as `deputyForId`. */
  static from(view: MembershipView): MembershipModel {
    return { ...view, deputyForId: view.deputyFor };
  }
}
