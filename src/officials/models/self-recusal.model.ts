import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SelfRecusal')
export class SelfRecusalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => [String])
  grounds: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  announcedAt: string;

  @Field({ description: 'True while the agenda has not gone out: until then you may withdraw it (withdrawRecusal).' })
  withdrawable: boolean;
}
