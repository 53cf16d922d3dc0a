import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IdentifierModel, OtherNameModel } from '../../organizations/models/organization.model';

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyName: string | null;

  @Field(() => [OtherNameModel])
  otherNames: OtherNameModel[];

  @Field(() => [IdentifierModel])
  identifiers: IdentifierModel[];

  @Field(() => String, { nullable: true, description: 'fi, sv or en: the language of what jaavi sends the person.' })
  preferredLang: string | null;
}
