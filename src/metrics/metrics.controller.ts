import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics at `/metrics`, only when `METRICS_TOKEN` is set and only to a scraper that
 * sends it (`Authorization: Bearer …`): operation names and pool sizes are not for the public.
 * Without the setting the path does not exist.
 */
@Public()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: { type(t: string): { send(b: string): void } },
  ): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (!token) throw new NotFoundException();
    const expected = Buffer.from(`Bearer ${token}`);
    const given = Buffer.from(authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedException();
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
