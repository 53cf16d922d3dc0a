import { WindowThrottlerStorage } from '../../../src/auth/window-throttler-storage';

describe('window throttler storage', () => {
  afterEach(() => jest.useRealTimers());

  it('allows `limit` requests a window, refuses the rest, and starts over when the window ends', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
    const storage = new WindowThrottlerStorage();
    const hit = () => storage.increment('token:a', 60_000, 3, 0, 'default');
    expect((await hit()).isBlocked).toBe(false);
    await hit();
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false });
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    expect((await storage.increment('token:b', 60_000, 3, 0, 'default')).isBlocked).toBe(false);
    jest.advanceTimersByTime(30_000);
    expect(await hit()).toMatchObject({ isBlocked: true, timeToExpire: 30 });
    jest.advanceTimersByTime(30_000);
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps one counter per client, and forgets the windows that ended', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
    const storage = new WindowThrottlerStorage();
    for (let i = 0; i < 10_000; i++) await storage.increment('token:busy', 60_000, 1e8, 0, 'default');
    await storage.increment('token:other', 60_000, 1e8, 0, 'default');
    expect(storage.size).toBe(2);
    storage.evict(Date.now() + 60_000);
    expect(storage.size).toBe(0);
  });
});
