import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { MeetingModel } from './models/meeting.model';
import { MeetingConnection } from './models/meeting-summary.model';
import { MeetingsArgs } from './dto/meetings.args';
import { MeetingsService } from './meetings.service';
import { Roles } from '../auth/auth.decorators';
import { READERS } from '../auth/operation-roles';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Roles(...READERS)
  @Query(() => MeetingConnection, { description: 'Meetings by date, filtered by body, period and status.' })
  meetings(@Args() args: MeetingsArgs): Promise<MeetingConnection> {
    return this.service.list(args);
  }

  @Roles(...READERS)
  @Query(() => MeetingModel, { description: 'A meeting with its agenda items.' })
  meeting(@Args('id', { type: () => ID }) id: string): Promise<MeetingModel> {
    return this.service.get(id);
  }
}
