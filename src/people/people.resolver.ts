import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar';
import { MembershipModel } from '../memberships/models/membership.model';
import { PersonModel } from './models/person.model';
import { PersonConnection } from './models/person-connection.model';
import { PersonsArgs } from './dto/persons.args';
import { PeopleService } from './people.service';
import { PersonalDataService } from './personal-data.service';
import { RelationshipModel } from '../relationships/models/relationship.model';
import { InterestModel } from '../interests/models/interest.model';
import { ContactDetailModel } from './models/contact-detail.model';
import { Roles } from '../auth/auth.decorators';
import { READERS } from '../auth/operation-roles';
import { CurrentActor, type Actor } from '../audit/actor';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Roles(...READERS)
  @Query(() => PersonConnection, { description: 'Persons by name. Others than administrators see only persons holding a position.' })
  persons(@CurrentActor() actor: Actor, @Args() args: PersonsArgs): Promise<PersonConnection> {
    return this.service.list(args, actor.principal);
  }

  @Roles(...READERS)
  @Query(() => PersonModel)
  person(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return this.service.get(id, actor.principal);
  }

  @ResolveField(() => [RelationshipModel], {
    description: 'Personal data: administrators and the person concerned only; every read is logged.',
  })
  relationships(@CurrentActor() actor: Actor, @Parent() person: PersonModel): Promise<RelationshipModel[]> {
    return this.personalData.relationships(actor, person.id);
  }

  @ResolveField(() => [InterestModel], {
    description: 'Personal data: administrators and the person concerned only; every read is logged.',
  })
  interests(@CurrentActor() actor: Actor, @Parent() person: PersonModel): Promise<InterestModel[]> {
    return this.personalData.interests(actor, person.id);
  }

  @ResolveField(() => [ContactDetailModel], {
    nullable: true,
    description:
      'Personal data: e-mail addresses and phone numbers, for administrators and the person concerned (null for anyone else); every read is logged.',
  })
  contactDetails(@CurrentActor() actor: Actor, @Parent() person: PersonModel): Promise<ContactDetailModel[] | null> {
    return this.personalData.contactDetails(actor, person.id);
  }

  @ResolveField(() => [MembershipModel], { description: 'Memberships over time; optionally only those overlapping a period.' })
  memberships(
    @Parent() person: PersonModel,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
  ): Promise<MembershipModel[]> {
    return this.service.memberships(person.id, from, to);
  }
}
