import { SubstitutionStatus } from '../../common/graphql-enums';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SummonsItem')
export class SummonsItemModel {
  @Field(() => ID)
  itemId: string;

  @Field()
  title: string;

  @Field(() => ID)
  forPersonId: string;

  @Field()
  forPersonName: string;

  @Field(() => SubstitutionStatus, { description: 'summon or summon_with_warning' })
  status: string;

  @Field({ description: 'Why, naming the ground codes, never a relative.' })
  reason: string;
}

/** One deputy to summon, with the items and why. */
@ObjectType('Summons')
export class SummonsModel {
  @Field(() => ID)
  deputyPersonId: string;

  @Field()
  deputyName: string;

  @Field(() => [SummonsItemModel])
  items: SummonsItemModel[];
}
