import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module';
import { PeopleModule } from '../people/people.module';
import { OfficialsResolver } from './officials.resolver';
import { OfficialsService } from './officials.service';

@Module({ imports: [ChecksModule, PeopleModule], providers: [OfficialsResolver, OfficialsService] })
export class OfficialsModule {}
