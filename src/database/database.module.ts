import { DynamicModule, Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config/mikro-orm.config';
import type { DatabaseTarget } from './database';

/** Brings the schema up to date when the application starts (migrations run on start). */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(private readonly orm: MikroORM) {}

  async onModuleInit(): Promise<void> {
    const applied = await this.orm.getMigrator().up();
    if (applied.length > 0) this.logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
  }
}

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    const logger = new Logger('MikroORM');
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRoot({
          ...ormConfig(target.url, target.embedded, { logger: (message: string) => logger.debug(message) }),
          registerRequestContext: true,
        }),
      ],
      providers: [MigrationRunner, { provide: DATABASE_TARGET, useValue: target }],
      exports: [DATABASE_TARGET],
    };
  }
}
