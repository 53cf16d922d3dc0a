import { WarningsCache, type MeetingWarnings } from '../../../src/officials/warnings-cache';

const result = (label: string): MeetingWarnings => new Map([[label, []]]);

describe('warnings cache', () => {
  it('computes a meeting once per revision, and again when the revision moves', async () => {
    const cache = new WarningsCache(10);
    let computed = 0;
    const compute = async () => result(`run ${++computed}`);
    const first = await cache.get('5', 'm1', compute);
    expect(await cache.get('5', 'm1', compute)).toBe(first);
    expect(computed).toBe(1);
    const next = await cache.get('6', 'm1', compute);
    expect(next).not.toBe(first);
    expect(computed).toBe(2);
  });

  it('lets concurrent requests share one computation', async () => {
    const cache = new WarningsCache(10);
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      computed += 1;
      await gate;
      return result('shared');
    };
    const all = Promise.all([cache.get('1', 'm1', compute), cache.get('1', 'm1', compute), cache.get('1', 'm1', compute)]);
    release();
    const [a, b, c] = await all;
    expect(computed).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('does not cache for a request that read an older revision', async () => {
    const cache = new WarningsCache(10);
    await cache.get('7', 'm1', async () => result('new'));
    let computed = 0;
    await cache.get('6', 'm1', async () => result(`old ${++computed}`));
    expect(computed).toBe(1);
    expect((await cache.get('7', 'm1', async () => result('again'))).has('new')).toBe(true);
  });

  it('forgets a failed computation, so the next request tries again', async () => {
    const cache = new WarningsCache(10);
    await expect(cache.get('1', 'm1', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect((await cache.get('1', 'm1', async () => result('ok'))).has('ok')).toBe(true);
  });

  it('holds at most its capacity, dropping the least recently used meeting', async () => {
    const cache = new WarningsCache(2);
    await cache.get('1', 'a', async () => result('a'));
    await cache.get('1', 'b', async () => result('b'));
    await cache.get('1', 'a', async () => result('a again'));
    await cache.get('1', 'c', async () => result('c'));
    expect(cache.size).toBe(2);
    expect((await cache.get('1', 'a', async () => result('a recomputed'))).has('a')).toBe(true);
    expect((await cache.get('1', 'b', async () => result('b recomputed'))).has('b recomputed')).toBe(true);
  });
});
