import { GroundsResolver } from './grounds.resolver';
import { Module } from '@nestjs/common';
import { CounterpartiesModule } from '../counterparties/counterparties.module';
import { ChecksResolver } from './checks.resolver';
import { ChecksService } from './checks.service';
import { FactsLoader } from './facts-loader';
import { DecisionsService } from './decisions.service';
import { FindingsResolver } from './findings.resolver';
import { SummonsService } from './summons.service';
import { SummonsResolver } from './summons.resolver';
import { CheckStatusResolver } from './check-status.resolver';
import { AgendaPublisherService } from './agenda-publisher.service';
import { AgendaPublisherResolver } from './agenda-publisher.resolver';
import { MeetingsModule } from '../meetings/meetings.module';

@Module({
  imports: [CounterpartiesModule, MeetingsModule],
  providers: [
    ChecksResolver,
    ChecksService,
    FactsLoader,
    DecisionsService,
    FindingsResolver,
    SummonsService,
    SummonsResolver,
    CheckStatusResolver,
    GroundsResolver,
    AgendaPublisherService,
    AgendaPublisherResolver,
  ],
  exports: [ChecksService, FactsLoader, SummonsService],
})
export class ChecksModule {}
