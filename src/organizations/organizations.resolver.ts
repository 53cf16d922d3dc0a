import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar';
import { MembershipModel } from '../memberships/models/membership.model';
import { OrganizationModel } from './models/organization.model';
import { OrganizationConnection } from './models/organization-connection.model';
import { OrganizationsArgs } from './dto/organizations.args';
import { OrganizationsService } from './organizations.service';
import { Roles } from '../auth/auth.decorators';
import { READERS } from '../auth/operation-roles';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Roles(...READERS)
  @Query(() => OrganizationConnection, { description: 'Organisations and bodies, by id; filter by kind or parent.' })
  organizations(@Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return this.service.list(args);
  }

  @Roles(...READERS)
  @Query(() => OrganizationModel)
  organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationModel> {
    return this.service.get(id);
  }

  @ResolveField(() => [MembershipModel], { description: 'For a body: its seats (members and deputies) in force on a date.' })
  members(@Parent() organization: OrganizationModel, @Args('on', { type: () => DateScalar }) on: string): Promise<MembershipModel[]> {
    return this.service.seatsOn(organization.id, on);
  }
}
