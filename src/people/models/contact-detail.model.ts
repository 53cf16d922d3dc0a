import { Field, ObjectType } from '@nestjs/graphql';

/** An e-mail address or phone number of a person (Popolo `contact_details`): personal data. */
@ObjectType('ContactDetail')
export class ContactDetailModel {
  @Field({ description: 'email or phone' })
  type: string;

  @Field()
  value: string;

  @Field(() => String, { nullable: true, description: 'e.g. "work"' })
  label: string | null;
}
