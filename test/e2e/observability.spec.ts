import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';
import { MEETING_CHECK } from '../support/queries';

const METRICS_TOKEN = 'scrape-0123456789abcdef';

/** Probes, Prometheus metrics behind a token, and request ids. */
describe('a service that can be watched', () => {
  let t: TestApp;
  let plain: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN });
    plain = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
    await plain.close();
  });

  it('answers the liveness and readiness probes without a token', async () => {
    expect(await (await fetch(`${t.url}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/health/ready`)).json()).toEqual({ status: 'ok', database: 'ok', migrations: 'done' });
    expect(await (await fetch(`${t.url}/health`)).json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves metrics only to a scraper with the token, and not at all without METRICS_TOKEN', async () => {
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);

    await t.gql('{ auditLog(first: 1) { nodes { id } } }');
    await t.gql('{ auditLog(first: 1) { nodes { id } } }', {}, null);
    await t.gql(MEETING_CHECK, { meetingId: 'no-such-meeting' });
    const response = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/jaavi_graphql_requests_total\{operation="auditLog",type="query",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/jaavi_graphql_requests_total\{operation="auditLog",type="query",outcome="UNAUTHENTICATED"\} 1/);
    expect(text).toMatch(/jaavi_graphql_requests_total\{operation="meetingCheck",type="query",outcome="NOT_FOUND"\} 1/);
    expect(text).toMatch(/jaavi_graphql_request_duration_seconds_count\{operation="auditLog",type="query"\} [2-9]/);
    expect(text).toMatch(/jaavi_check_duration_seconds_count\{kind="check"\} 1/);
    expect(text).toMatch(/jaavi_db_pool_used \d/);
    expect(text).toMatch(/jaavi_db_pool_waiting \d/);
    expect(text).toMatch(/jaavi_process_resident_memory_bytes \d/);
  });

  it("returns the caller's X-Request-Id, or a new one when it is missing or not a sensible token", async () => {
    const given = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a.42');
    const none = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor({ sub: 'a', roles: ['auditor'] })}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'x'.repeat(200) } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
