import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar';
import { MembershipModel } from '../memberships/models/membership.model';
import { PersonModel } from './models/person.model';
import { PersonConnection } from './models/person-connection.model';
import { PersonsArgs } from './dto/persons.args';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => PersonConnection)
  persons(@Args() args: PersonsArgs): Promise<PersonConnection> {
    return this.service.list(args);
  }

  @Query(() => PersonModel)
  person(@Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return this.service.get(id);
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
