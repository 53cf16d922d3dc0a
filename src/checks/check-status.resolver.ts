import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MeetingModel } from '../meetings/models/meeting.model';
import { CheckStatusModel } from './models/meeting-check.model';
import { ChecksService } from './checks.service';

@Resolver(() => MeetingModel)
export class CheckStatusResolver {
  constructor(private readonly checks: ChecksService) {}

  @ResolveField(() => CheckStatusModel, { description: 'Whether the last check still holds: stale after registry or agenda changes.' })
  checkStatus(@Parent() meeting: MeetingModel): Promise<CheckStatusModel> {
    return this.checks.status(meeting.id);
  }
}
