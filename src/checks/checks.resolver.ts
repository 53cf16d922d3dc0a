import { Args, Query, Resolver } from '@nestjs/graphql';
import { HttpMethod } from '../auth/http-method.decorator';
import { MeetingCheckArgs } from './dto/meeting-check.args';
import { HistoricalCheckModel, MeetingCheckModel } from './models/meeting-check.model';
import { MeetingAuditModel } from './models/meeting-audit.model';
import { ChecksService } from './checks.service';
import { toHistoricalCheckModel, toMeetingAuditModel, toMeetingCheckModel } from './check-models';
import { HistoricalCheckArgs } from './dto/historical-check.args';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';

@Resolver()
export class ChecksResolver {
  constructor(private readonly checks: ChecksService) {}

  @Roles('secretary', 'admin', 'auditor')
  @MeetingScope('meetingId')
  @Query(() => MeetingCheckModel, {
    description:
      'Checks a meeting as of its date: findings per item, deputies to summon, quorum. A run is stored only when the result differs from the latest stored run, and never for a GET request.',
  })
  async meetingCheck(
    @CurrentActor() actor: Actor,
    @Args() args: MeetingCheckArgs,
    @HttpMethod() method: string | null,
  ): Promise<MeetingCheckModel> {
    // HTTP GET must be safe: Apollo serves queries over GET, and a link or a prefetch must not write.
    const store = method !== 'GET';
    return toMeetingCheckModel(await this.checks.check(args.meetingId, actor, { lang: args.lang, store }), actor.principal);
  }

  @Roles('auditor', 'admin')
  @Query(() => HistoricalCheckModel, {
    description: "Re-runs a meeting's check with the registry and the agenda as recorded at an instant, compared with a stored run.",
  })
  async historicalCheck(@CurrentActor() actor: Actor, @Args() args: HistoricalCheckArgs): Promise<HistoricalCheckModel> {
    return toHistoricalCheckModel(await this.checks.historical(args.meetingId, new Date(args.knownOn), args.runId), actor.principal);
  }

  @Roles('auditor', 'admin')
  @Query(() => MeetingAuditModel, {
    description:
      'Audit of a held meeting: missed, unfounded and ungrounded recusals, upstream defects at every stage of prepared_in (jaavi-audit/1), each explained as the check explains it.',
  })
  async meetingAudit(@CurrentActor() actor: Actor, @Args() args: MeetingCheckArgs): Promise<MeetingAuditModel> {
    return toMeetingAuditModel(await this.checks.audit(args.meetingId, { lang: args.lang }), actor.principal);
  }
}
