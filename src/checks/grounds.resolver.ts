import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { READERS } from '../auth/operation-roles';
import { GROUNDS, ground, isGroundCode } from '../rules/grounds';
import { FindingModel } from './models/meeting-check.model';
import { GroundModel } from './models/ground.model';

/** The ground table (statute, titles) from the engine, so no client keeps a copy of the law. */
@Resolver(() => FindingModel)
export class GroundsResolver {
  @Roles(...READERS)
  @Query(() => [GroundModel], { description: 'Every legal ground the engine may cite, in the order findings list them.' })
  grounds(): GroundModel[] {
    return GROUNDS.map((g) => GroundModel.of(g));
  }

  @ResolveField(() => [GroundModel], { description: "The finding's grounds with their statute and title (same order as `grounds`)." })
  groundDetails(@Parent() finding: FindingModel): GroundModel[] {
    return finding.grounds.filter(isGroundCode).map((code) => GroundModel.of(ground(code)));
  }
}
