import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module';
import { PeopleModule } from '../people/people.module';
import { OfficialsResolver } from './officials.resolver';
import { OfficialsService } from './officials.service';
import { WarningsCache } from './warnings-cache';

@Module({
  imports: [ChecksModule, PeopleModule],
  providers: [OfficialsResolver, OfficialsService, { provide: WarningsCache, useFactory: () => new WarningsCache() }],
})
export class OfficialsModule {}
