import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import type { DatabaseTarget } from '../database/database';
import { CoreModule } from '../core.module';

/** The command line's application context: the core services, no HTTP server. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(config, database)] };
  }
}
