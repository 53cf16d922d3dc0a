import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { RecusalConnection } from './models/recusal.model';
import { RecusalsArgs } from './dto/recusal-filter.input';
import { RecusalsService } from './recusals.service';

@Resolver()
export class RecusalsResolver {
  constructor(private readonly service: RecusalsService) {}

  @Roles('auditor', 'admin')
  @Query(() => RecusalConnection, { description: 'Recusals recorded in minutes, by meeting date.' })
  recusals(@Args() args: RecusalsArgs): Promise<RecusalConnection> {
    return this.service.recorded(args.filter, args.first, args.after);
  }

  @Roles('auditor', 'admin')
  @Query(() => RecusalConnection, { description: 'Participants of held meetings who were disqualified and did not recuse.' })
  missedRecusals(@Args() args: RecusalsArgs): Promise<RecusalConnection> {
    return this.service.missed(args.filter, args.first, args.after);
  }
}
