import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Public } from '../auth/auth.decorators';

/** Liveness and readiness, database included; needs no token. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.em.getConnection().execute('select 1');
    } catch {
      throw new HttpException({ status: 'error', database: 'unreachable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'ok' };
  }
}
