import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';
import { FindingDecisionModel } from './models/meeting-check.model';
import { ConfirmFindingArgs, DismissFindingArgs } from './dto/decide-finding.args';
import { DecisionsService } from './decisions.service';

@Resolver()
export class FindingsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Roles('secretary', 'admin')
  @MeetingScope('id', 'finding')
  @Mutation(() => FindingDecisionModel, { description: 'Records that the body confirmed a finding (HL 29).' })
  confirmFinding(@CurrentActor() actor: Actor, @Args() args: ConfirmFindingArgs): Promise<FindingDecisionModel> {
    return this.decisions.decide(actor, args.id, 'confirmed', args.note ?? null);
  }

  @Roles('secretary', 'admin')
  @MeetingScope('id', 'finding')
  @Mutation(() => FindingDecisionModel, { description: 'Records that the body dismissed a finding, with the reason (HL 29).' })
  dismissFinding(@CurrentActor() actor: Actor, @Args() args: DismissFindingArgs): Promise<FindingDecisionModel> {
    return this.decisions.decide(actor, args.id, 'dismissed', args.reason);
  }
}
