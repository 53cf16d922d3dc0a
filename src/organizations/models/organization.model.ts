import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Classification } from '../../common/graphql-enums';

@ObjectType('OtherName')
export class OtherNameModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'fi, sv or en' })
  lang: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Identifier')
export class IdentifierModel {
  @Field({ description: 'fi:ytunnus, fi:kuntanumero, …' })
  scheme: string;

  @Field()
  identifier: string;
}

@ObjectType('Owner')
export class OwnerModel {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Float, { nullable: true })
  share: number | null;
}

/** A legal entity or one of its bodies. */
@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Classification)
  classification: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int, { nullable: true, description: 'Regular seats of a body.' })
  seats: number | null;

  @Field(() => [OtherNameModel])
  otherNames: OtherNameModel[];

  @Field(() => [IdentifierModel])
  identifiers: IdentifierModel[];

  @Field(() => [ID], { description: 'Joint authorities: the member municipalities or counties.' })
  memberIds: string[];

  @Field(() => [OwnerModel])
  owners: OwnerModel[];
}
