import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';
import { MeetingModel } from '../meetings/models/meeting.model';
import { MeetingsService } from '../meetings/meetings.service';
import { MeetingEditorService } from '../meetings/meeting-editor.service';
import { CounterpartySuggestionModel } from './models/counterparty-suggestion.model';
import { AcceptSuggestionArgs, RejectSuggestionArgs } from './dto/suggestion.args';
import { CounterpartiesService } from './counterparties.service';

@Resolver()
export class CounterpartiesResolver {
  constructor(
    private readonly counterparties: CounterpartiesService,
    private readonly editor: MeetingEditorService,
    private readonly meetings: MeetingsService,
  ) {}

  @Roles('secretary', 'admin')
  @MeetingScope('itemId', 'item')
  @Query(() => [CounterpartySuggestionModel], {
    description: "Registry organisations and persons found in the item's title and description.",
  })
  detectCounterparties(
    @CurrentActor() actor: Actor,
    @Args('itemId', { type: () => ID }) itemId: string,
  ): Promise<CounterpartySuggestionModel[]> {
    return this.counterparties.suggestions(itemId, actor.principal);
  }

  @Roles('secretary', 'admin')
  @MeetingScope('itemId', 'item')
  @Mutation(() => MeetingModel, { description: 'Accepts a suggestion: it becomes a related entity of the item with a role.' })
  async acceptSuggestion(@CurrentActor() actor: Actor, @Args() args: AcceptSuggestionArgs): Promise<MeetingModel> {
    // A relative becomes a counterparty only through an administrator (checked in the write).
    const meetingId = await this.editor.appendRelatedEntity(
      actor,
      args.itemId,
      { entityType: args.entityType, entityId: args.entityId, role: args.role, note: args.note },
      (sql) => this.counterparties.decide(actor, args.itemId, args.entityType, args.entityId, 'accepted', args.note ?? null, sql),
    );
    return this.meetings.get(meetingId);
  }

  @Roles('secretary', 'admin')
  @MeetingScope('itemId', 'item')
  @Mutation(() => [CounterpartySuggestionModel], { description: 'Rejects a suggestion, with the reason; the check stops noting it.' })
  async rejectSuggestion(@CurrentActor() actor: Actor, @Args() args: RejectSuggestionArgs): Promise<CounterpartySuggestionModel[]> {
    await this.counterparties.decide(actor, args.itemId, args.entityType, args.entityId, 'rejected', args.reason);
    return this.counterparties.suggestions(args.itemId, actor.principal);
  }
}
