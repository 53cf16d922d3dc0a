import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';
import { MeetingModel } from './models/meeting.model';
import { MeetingsService } from './meetings.service';
import { MeetingEditorService } from './meeting-editor.service';
import { AddAgendaItemInput, CreateMeetingInput, MinutesInput, UpdateAgendaItemInput, UpdateMeetingInput } from './dto/meeting-inputs';

/** The secretary's edits; each answers with the meeting as stored after the edit. */
@Resolver(() => MeetingModel)
export class MeetingEditorResolver {
  constructor(
    private readonly editor: MeetingEditorService,
    private readonly meetings: MeetingsService,
  ) {}

  @Roles('secretary', 'admin')
  @MeetingScope('input.bodyId', 'body')
  @Mutation(() => MeetingModel)
  async createMeeting(@CurrentActor() actor: Actor, @Args('input') input: CreateMeetingInput): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.createMeeting(actor, input));
  }

  @Roles('secretary', 'admin')
  @MeetingScope('input.id')
  @Mutation(() => MeetingModel)
  async updateMeeting(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeetingInput): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.updateMeeting(actor, input));
  }

  @Roles('secretary', 'admin')
  @MeetingScope('input.meetingId')
  @Mutation(() => MeetingModel)
  async addAgendaItem(@CurrentActor() actor: Actor, @Args('input') input: AddAgendaItemInput): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.addAgendaItem(actor, input));
  }

  @Roles('secretary', 'admin')
  @MeetingScope('input.id', 'item')
  @Mutation(() => MeetingModel)
  async updateAgendaItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateAgendaItemInput): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.updateAgendaItem(actor, input));
  }

  @Roles('secretary', 'admin')
  @MeetingScope('id', 'item')
  @Mutation(() => MeetingModel)
  async removeAgendaItem(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.removeAgendaItem(actor, id, version));
  }

  @Roles('secretary', 'admin')
  @MeetingScope('input.itemId', 'item')
  @Mutation(() => MeetingModel, { description: 'Records the minutes of an item: who took part, who recused on which ground, substitutes.' })
  async recordMinutes(@CurrentActor() actor: Actor, @Args('input') input: MinutesInput): Promise<MeetingModel> {
    return this.meetings.get(await this.editor.recordMinutes(actor, input));
  }
}
