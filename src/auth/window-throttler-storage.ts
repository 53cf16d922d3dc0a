import type { ThrottlerStorage } from '@nestjs/throttler';

interface Window {
  /** When the current window ends (ms since the epoch). */
  endsAt: number;
  hits: number;
}

/** The throttler's record, as `ThrottlerStorage.increment` returns it. */
type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed-window rate-limit counters: one number per client and window, so a request costs the
 * same whatever the limit. (@nestjs/throttler's default storage keeps every hit's expiry and
 * copies that list on every request: with a high limit and a busy client it allocated some
 * 300 KB per request at 600 requests a second, and the service's memory grew with it.) A
 * client may send up to `limit` requests per window; the next ones are refused until the
 * window ends. Windows of idle clients are swept once a minute.
 */
export class WindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private readonly sweep: NodeJS.Timeout;

  constructor(sweepEveryMs = 60_000) {
    this.sweep = setInterval(() => this.evict(Date.now()), sweepEveryMs);
    this.sweep.unref();
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<StorageRecord> {
    const now = Date.now();
    const id = `${throttlerName}\u0000${key}`;
    let window = this.windows.get(id);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + ttl, hits: 0 };
      this.windows.set(id, window);
    }
    window.hits += 1;
    const secondsLeft = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
    const isBlocked = window.hits > limit;
    return { totalHits: window.hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  /** Drops the windows that have ended. */
  evict(now: number): void {
    for (const [id, window] of this.windows) if (window.endsAt <= now) this.windows.delete(id);
  }

  get size(): number {
    return this.windows.size;
  }
}
