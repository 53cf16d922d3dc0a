import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { RecusalConnection } from './models/recusal.model';
import { RecusalsArgs, RecusalsWorkbookArgs } from './dto/recusal-filter.input';
import { recusalsXlsx } from './recusals-xlsx';
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

  @Roles('auditor', 'admin')
  @Query(() => String, {
    description:
      'Recorded and missed recusals as an Excel workbook (XLSX, base64): headers in the chosen language, each ground in words and as its code.',
  })
  async recusalsWorkbook(@Args() args: RecusalsWorkbookArgs): Promise<string> {
    const rows = await this.service.all(args.filter);
    return (await recusalsXlsx(rows, args.lang ?? 'fi')).toString('base64');
  }
}
