import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config/mikro-orm.config';
import type { DatabaseTarget } from './database';
import { migrateUnderLock } from './migrate';
import { MigrationState } from './migration-state';

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');
const MIGRATE_AT_START = Symbol('MIGRATE_AT_START');

/**
 * Brings the schema up to date when the application starts, under an advisory lock so that
 * instances starting together apply each migration once; skipped with `JAAVI_MIGRATE=false`
 * (deployments that run `jaavi migrate` as a separate step, as the tables' owner).
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    private readonly orm: MikroORM,
    private readonly state: MigrationState,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
    @Inject(MIGRATE_AT_START) private readonly migrate: boolean,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.migrate) return;
    const applied = await migrateUnderLock(this.orm, this.target.embedded);
    this.state.markDone();
    if (applied.length > 0) this.logger.log(`applied ${applied.join(', ')}`);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget, options: { migrate?: boolean } = {}): DynamicModule {
    const logger = new Logger('MikroORM');
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRoot({
          ...ormConfig(target.url, target.embedded, { logger: (message: string) => logger.debug(message) }),
          registerRequestContext: true,
        }),
      ],
      providers: [
        MigrationRunner,
        MigrationState,
        { provide: DATABASE_TARGET, useValue: target },
        { provide: MIGRATE_AT_START, useValue: options.migrate ?? true },
      ],
      exports: [DATABASE_TARGET, MigrationState],
    };
  }
}
