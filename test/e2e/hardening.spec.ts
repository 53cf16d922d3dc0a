import { startTestApp, tokenFor, type TestApp } from '../setup/test-app';

describe('a hardened API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('limits the rate per token', async () => {
    const token = await tokenFor({ sub: 'busy', roles: ['auditor'] });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const result = await t.gql('{ auditLog(first: 1) { nodes { id } } }', {}, token);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    const other = await t.gql('{ auditLog(first: 1) { nodes { id } } }', {}, await tokenFor({ sub: 'calm', roles: ['auditor'] }));
    expect(other.errors).toBeUndefined();
  });

  it('sends security headers and no CORS permission to other origins', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${t.url}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(health.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a request body over the limit', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(26 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/ at |node_modules|stack/i);
  });
});
