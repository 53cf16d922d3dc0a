import type { ThrottlerStorage } from '@nestjs/throttler';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config';
import { PostgresThrottlerStorage } from './postgres-throttler-storage';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { WindowThrottlerStorage } from './window-throttler-storage';

/**
 * Where the rate-limit counters live: Redis when `REDIS_URL` is set, else PostgreSQL, so that
 * every instance behind a load balancer counts against one limit; on the embedded database
 * (one process) in that process.
 */
export function throttlerStorage(config: AppConfig, orm: MikroORM, embedded: boolean): ThrottlerStorage {
  if (config.REDIS_URL) return new RedisThrottlerStorage(config.REDIS_URL);
  if (embedded) return new WindowThrottlerStorage();
  return new PostgresThrottlerStorage(orm);
}
