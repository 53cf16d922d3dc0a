import { Redis } from 'ioredis';
import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';

/** This machine's Redis (README: Development); a database number of its own for the test. */
const REDIS_URL = process.env.JAAVI_TEST_REDIS ?? 'redis://127.0.0.1:6379/7';

/** With REDIS_URL the rate-limit counters live in Redis, shared by every instance. */
describe('rate limits counted in Redis', () => {
  let apps: TestApp[];

  beforeAll(async () => {
    apps = [await startTestApp({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '8' }), await startTestApp({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '8' })];
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  it('holds one limit across two instances', async () => {
    const token = await tokenFor({ sub: `redis-busy-${process.pid}-${Date.now()}`, roles: ['auditor'] });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const result = await apps[i % 2].gql('{ auditLog(first: 1) { nodes { id } } }', {}, token);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 8)).toEqual(Array(8).fill(undefined));
    expect(codes.slice(8)).toEqual(Array(4).fill('TOO_MANY_REQUESTS'));

    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys('jaavi:rate:*');
    const ttl = await redis.pttl(keys[0]);
    await redis.quit();
    expect(keys.length).toBeGreaterThan(0);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('refuses as SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR, while Redis cannot be reached', async () => {
    const down = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1/0' });
    try {
      const response = await fetch(`${down.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor({ sub: 'r', roles: ['auditor'] })}` },
        body: JSON.stringify({ query: '{ auditLog(first: 1) { nodes { id } } }' }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = (await response.json()) as { errors: { extensions: { code: string; retryable: boolean } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await down.close();
    }
  });
});
