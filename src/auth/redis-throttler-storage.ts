import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { AppError } from '../common/app-error';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The first hit of a window starts it (sets the expiry); later hits only count. One script, so
 * the count and the expiry are read together (atomic on the Redis server).
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

/**
 * Fixed-window rate-limit counters in Redis (`REDIS_URL`), shared by every instance. When Redis
 * cannot be reached the request is refused as SERVICE_UNAVAILABLE (retryable) rather than let
 * through unlimited: commands are not queued while it reconnects, so a request never hangs.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, keyPrefix: 'jaavi:rate:' });
    // Errors reach the requests; the client reconnects by itself (exponential back-off).
    this.redis.on('error', () => undefined);
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<StorageRecord> {
    let result: [number, number];
    try {
      result = (await this.redis.eval(INCREMENT, 1, `${throttlerName}:${key}`, ttl)) as [number, number];
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', 'the rate limiter cannot be reached; try again shortly');
    }
    const [hits, msLeft] = result;
    const secondsLeft = Math.max(1, Math.ceil(msLeft / 1000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  async onApplicationShutdown(): Promise<void> {
    // quit() waits for a connection; a client still trying to connect is just stopped.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}
