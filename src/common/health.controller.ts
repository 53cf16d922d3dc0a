import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import { MigrationState } from '../database/migration-state';

/**
 * Probes for a load balancer or orchestrator; no token. `live`: the process answers (restart it
 * if not). `ready`: the schema is up to date and the database answers (send it traffic).
 * `/health` is kept as it was: the database answers.
 */
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly migrations: MigrationState,
  ) {}

  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    if (!(await this.databaseAnswers()))
      throw new HttpException({ status: 'error', database: 'unreachable' }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ok', database: 'ok' };
  }

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'ok'; migrations: 'done' }> {
    const database = await this.databaseAnswers();
    const migrations = database && (await this.migrations.upToDate().catch(() => false));
    if (!database || !migrations) {
      throw new HttpException(
        { status: 'error', database: database ? 'ok' : 'unreachable', migrations: migrations ? 'done' : 'pending' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'ok', database: 'ok', migrations: 'done' };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.em.getConnection().execute('select 1');
      return true;
    } catch {
      return false;
    }
  }
}
