import type { ThrottlerStorage } from '@nestjs/throttler';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isTransientDatabaseError } from '../common/transient-error';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One statement per request: a new window, or one more hit in the current one. In an UPDATE
 * every expression sees the row as it was, so `hits` and `ends_at` decide on the same old end.
 * The row lock the upsert takes makes concurrent hits from several instances count one by one.
 */
const INCREMENT = `
  insert into rate_limit_window as w (key, ends_at, hits)
  values (?, clock_timestamp() + make_interval(secs => ?::double precision / 1000), 1)
  on conflict (key) do update set
    hits = case when w.ends_at <= clock_timestamp() then 1 else w.hits + 1 end,
    ends_at = case when w.ends_at <= clock_timestamp() then excluded.ends_at else w.ends_at end
  returning hits, greatest(1, ceil(extract(epoch from w.ends_at - clock_timestamp())))::int as seconds_left`;

/**
 * Fixed-window rate-limit counters in PostgreSQL, shared by every instance on the database
 * (the same windows as `WindowThrottlerStorage`, which counts per process). Ended windows are
 * deleted once a minute by each instance (a cheap delete; any instance may do it).
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    sweepEveryMs = 60_000,
  ) {
    this.sweep = setInterval(() => void this.evict().catch(() => undefined), sweepEveryMs);
    this.sweep.unref();
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<StorageRecord> {
    const row = await this.hit(`${throttlerName}:${key}`, ttl);
    const isBlocked = row.hits > limit;
    return { totalHits: row.hits, timeToExpire: row.seconds_left, isBlocked, timeToBlockExpire: isBlocked ? row.seconds_left : 0 };
  }

  /**
   * Once more on a lost connection (the pool opens a new one): at worst a hit is counted twice,
   * which beats refusing a request because a connection was recycled.
   */
  private async hit(id: string, ttl: number): Promise<{ hits: number; seconds_left: number }> {
    const run = () => this.orm.em.getConnection().execute<{ hits: number; seconds_left: number }[]>(INCREMENT, [id, ttl]);
    try {
      return (await run())[0];
    } catch (error) {
      if (!isTransientDatabaseError(error)) throw error;
      return (await run())[0];
    }
  }

  async evict(): Promise<void> {
    await this.orm.em.getConnection().execute('delete from rate_limit_window where ends_at <= clock_timestamp()');
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }
}
