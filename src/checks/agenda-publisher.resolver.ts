import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';
import { MeetingModel } from '../meetings/models/meeting.model';
import { MeetingsService } from '../meetings/meetings.service';
import { AgendaPublisherService } from './agenda-publisher.service';

@Resolver(() => MeetingModel)
export class AgendaPublisherResolver {
  constructor(
    private readonly publisher: AgendaPublisherService,
    private readonly meetings: MeetingsService,
  ) {}

  @Roles('secretary', 'admin')
  @MeetingScope('meetingId')
  @Mutation(() => MeetingModel, {
    description:
      "The agenda goes out: the meeting is marked distributed and the check run at this moment becomes its published baseline (meetingCheck.sinceAgenda). Send the meeting's version.",
  })
  async publishAgenda(
    @CurrentActor() actor: Actor,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MeetingModel> {
    return this.meetings.get(await this.publisher.publish(actor, meetingId, version));
  }
}
