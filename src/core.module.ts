import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database';
import { DatabaseModule } from './database/database.module';
import { ImportModule } from './import/import.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PeopleModule } from './people/people.module';
import { MeetingsModule } from './meetings/meetings.module';
import { ChecksModule } from './checks/checks.module';
import { DemoData } from './demo/demo-data';
import { OfficialsModule } from './officials/officials.module';
import { RecusalsModule } from './recusals/recusals.module';
import { CounterpartiesModule } from './counterparties/counterparties.module';

/** Configuration, database and domain services: shared by the HTTP service and the CLI. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        DatabaseModule.forRoot(database, { migrate: config.JAAVI_MIGRATE !== 'false' }),
        ImportModule,
        OrganizationsModule,
        PeopleModule,
        MeetingsModule,
        ChecksModule,
        OfficialsModule,
        RecusalsModule,
        CounterpartiesModule,
      ],
      providers: [{ provide: AppConfig, useValue: config }, DemoData],
      exports: [AppConfig, DemoData, ImportModule, ChecksModule, RecusalsModule, CounterpartiesModule],
    };
  }
}
