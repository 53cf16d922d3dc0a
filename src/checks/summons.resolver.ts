import { Args, Query, Resolver } from '@nestjs/graphql';
import { MeetingScope, Roles } from '../auth/auth.decorators';
import { MeetingCheckArgs } from './dto/meeting-check.args';
import { SummonsModel } from './models/summons.model';
import { SummonsService } from './summons.service';

@Resolver()
export class SummonsResolver {
  constructor(private readonly summons: SummonsService) {}

  @Roles('secretary', 'admin', 'auditor')
  @MeetingScope('meetingId')
  @Query(() => [SummonsModel], { description: 'Per deputy to summon: which items and why (no relatives named).' })
  summonsList(@Args() args: MeetingCheckArgs): Promise<SummonsModel[]> {
    return this.summons.list(args.meetingId, args.lang ?? 'fi');
  }

  @Roles('secretary', 'admin', 'auditor')
  @MeetingScope('meetingId')
  @Query(() => String, { description: 'The summons list as a printable HTML document.' })
  summonsDocument(@Args() args: MeetingCheckArgs): Promise<string> {
    return this.summons.document(args.meetingId, args.lang ?? 'fi');
  }
}
