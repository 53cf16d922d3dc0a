import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { CounterpartiesResolver } from './counterparties.resolver';
import { CounterpartiesService } from './counterparties.service';
import { CounterpartyDetector } from './counterparty-detector';

@Module({
  imports: [MeetingsModule],
  providers: [CounterpartiesResolver, CounterpartiesService, CounterpartyDetector],
  exports: [CounterpartiesService, CounterpartyDetector],
})
export class CounterpartiesModule {}
