import { resetDatabase } from '../setup/test-database';
import { startTestApp, tokenFor, TEST_SECRET, type TestApp } from '../setup/test-app';
import { IMPORT_DATASET } from '../support/queries';
import { scenarioDataset } from '../support/datasets';
import { SignJWT } from 'jose';
import { Client } from 'pg';

type Json = Record<string, unknown>;

interface Answer {
  status: number;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };
}

/** Each input the attack found answered with an internal error or the wrong status, replayed. */
describe('what the attack found, replayed', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;

  const post = async (body: string, token: string | null, contentType = 'application/json'): Promise<Answer> => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await response.text();
    expect(text).not.toMatch(/ at .*\.(js|ts):\d+|select |insert |node_modules/i);
    return { status: response.status, body: JSON.parse(text) as Answer['body'] };
  };
  const gql = (query: string, variables: Json = {}, token: string | null = admin, extra: Json = {}) =>
    post(JSON.stringify({ query, variables, ...extra }), token);
  const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApp();
    await resetDatabase(t.databaseUrl);
    expect((await t.gql(IMPORT_DATASET, { dataset: scenarioDataset('T11') })).errors).toBeUndefined();
    admin = await tokenFor({ sub: 'fuzz-admin', roles: ['admin'] });
    secretary = await tokenFor({ sub: 'fuzz-sec', roles: ['secretary'], bodies: ['k-tl'] });
  });

  afterAll(async () => {
    await t.close();
  });

  it.each([
    [
      'a NUL byte in an id (secretary, through the access check)',
      '{ meetingCheck(meetingId: "tl-1\\u0000x") { meetingId } }',
      'secretary',
      'FORBIDDEN',
    ],
    ['a NUL byte in an id (administrator)', '{ meeting(id: "tl-1\\u0000x") { id } }', 'admin', 'BAD_USER_INPUT'],
    [
      'rejectSuggestion with an unknown item',
      'mutation { rejectSuggestion(itemId: "no-such-item", entityType: organization, entityId: "rakennus", reason: "ei liity") { entityId } }',
      'admin',
      'NOT_FOUND',
    ],
    ['a malformed auditLog cursor', '{ auditLog(after: "WyJhYmMiXQ") { nodes { id } } }', 'admin', 'BAD_USER_INPUT'],
    ['a meetings cursor of the wrong types', '{ meetings(after: "WyJ4IiwieCJd") { nodes { id } } }', 'admin', 'BAD_USER_INPUT'],
    ['a cursor that is not base64 JSON', '{ meetings(after: "garbage!!") { nodes { id } } }', 'admin', 'BAD_USER_INPUT'],
    ['auditLog(from: "2026-02-30")', '{ auditLog(from: "2026-02-30") { nodes { id } } }', 'admin', 'BAD_USER_INPUT'],
    [
      'an agenda order of 2^31',
      'mutation { addAgendaItem(input: { meetingId: "tl-1", title: "x", order: 2147483648 }) { id } }',
      'admin',
      'BAD_USER_INPUT',
    ],
  ])('%s: a client error', async (_name, query, who, code) => {
    const answer = await gql(query, {}, who === 'admin' ? admin : secretary);
    expect(codeOf(answer)).toBe(code);
  });

  it.each([
    ['variable coercion', { query: 'query($n: Int) { auditLog(first: $n) { nodes { id } } }', variables: { n: 'x' } }],
    ['a missing required variable', { query: 'query($n: Int!) { auditLog(first: $n) { nodes { id } } }', variables: {} }],
    ['variables that are not an object', { query: '{ __typename }', variables: 'x' }],
    ['a GraphQL syntax error', { query: '{ meetings { ' }],
    ['a 3,000-deep list literal', { query: `{ meetings(first: ${'['.repeat(3000)}1${']'.repeat(3000)}) { nodes { id } } }` }],
    ['over the token limit', { query: `{ ${'__typename '.repeat(6000)} }` }],
    ['no query', {}],
  ])('%s: HTTP 400 and BAD_USER_INPUT', async (_name, body) => {
    const answer = await post(JSON.stringify(body), admin);
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('a persisted-query hash the service does not know is not an internal error', async () => {
    const answer = await gql(undefined as never, {}, admin, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(codeOf(answer)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(answer.status).toBeLessThan(500);
  });

  it('a malformed JSON body: HTTP 400 with a GraphQL-shaped error', async () => {
    const answer = await post('{"query": ', admin);
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it.each([
    ['without a token', null],
    ['with an invalid token', 'not-a-token'],
    ['as a secretary, who cannot import', 'secretary'],
  ])('a body over 1 MB %s: HTTP 413 before it is read', async (_name, who) => {
    const token = who === 'secretary' ? secretary : who;
    const answer = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }), token);
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 413, code: 'BAD_USER_INPUT' });
  });

  it("an administrator's import up to 25 MB is read; over it, 413", async () => {
    const ok = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }), admin);
    expect(ok.status).toBe(200);
    const over = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(26 * 1024 * 1024) } }), admin);
    expect(over.status).toBe(413);
  });

  it("createMeeting and addAgendaItem with another body's id answer as for an id the secretary may not see", async () => {
    const other = await tokenFor({ sub: 'sec-other', roles: ['secretary'], bodies: ['k-kh'] });
    const create = await gql(
      'mutation { createMeeting(input: { id: "tl-1", bodyId: "k-kh", name: "x", startsAt: "2026-05-01T10:00:00+03:00" }) { id } }',
      {},
      other,
    );
    const unseen = await gql('{ meetingCheck(meetingId: "tl-1") { meetingId } }', {}, other);
    expect(codeOf(create)).toBe(codeOf(unseen));
    expect(create.body.errors![0].message).toBe(unseen.body.errors![0].message);
    const meeting = await gql(
      'mutation { createMeeting(input: { id: "kh-fuzz", bodyId: "k-kh", name: "x", startsAt: "2026-05-01T10:00:00+03:00" }) { id } }',
      {},
      admin,
    );
    expect(meeting.body.errors).toBeUndefined();
    const item = await gql('mutation { addAgendaItem(input: { meetingId: "kh-fuzz", id: "i-contract", title: "x" }) { id } }', {}, other);
    expect(codeOf(item)).toBe(codeOf(unseen));
    // Their own: CONFLICT, as before.
    const own = await gql(
      'mutation { createMeeting(input: { id: "kh-fuzz", bodyId: "k-kh", name: "x", startsAt: "2026-05-01T10:00:00+03:00" }) { id } }',
      {},
      other,
    );
    expect(codeOf(own)).toBe('CONFLICT');
  });

  it('refuses HS256 tokens without exp or with a non-string sub', async () => {
    const key = new TextEncoder().encode(TEST_SECRET);
    const base = () =>
      new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('jaavi-dev').setAudience('jaavi').setIssuedAt();
    const noExp = await base().setSubject('forever').sign(key);
    const numericSub = await new SignJWT({ roles: ['admin'], sub: 42 as never })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('jaavi-dev')
      .setAudience('jaavi')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    for (const token of [noExp, numericSub])
      expect(codeOf(await gql('{ __typename organizations(first: 1) { nodes { id } } }', {}, token))).toBe('UNAUTHENTICATED');
  });
});

describe('the rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await t.close();
  });

  const send = async (authorization: string | null) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization !== null ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ organizations(first: 1) { nodes { id } } }' }),
    });
    return ((await response.json()) as Answer['body']).errors?.[0]?.extensions?.code;
  };

  it('counts one user however the header is written', async () => {
    const token = await tokenFor({ sub: 'spacey', roles: ['auditor'] });
    const variants = [
      `Bearer ${token}`,
      `Bearer  ${token}`,
      `bearer ${token}`,
      `Bearer ${token} `,
      `  Bearer ${token}`,
      `BEARER\t${token}`,
      `Bearer ${token}`,
    ];
    const codes = [];
    for (const v of variants) codes.push(await send(v));
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // Another token of the same user shares the limit; another user does not.
    expect(await send(`Bearer ${await tokenFor({ sub: 'spacey', roles: ['auditor'] }, { expiresIn: '2h' })}`)).toBe('TOO_MANY_REQUESTS');
    expect(await send(`Bearer ${await tokenFor({ sub: 'calm', roles: ['auditor'] })}`)).toBeUndefined();
  });

  it('limits invalid tokens per address, whatever the token', async () => {
    // The counters are shared by every instance (in PostgreSQL): start this address's window afresh.
    const sql = new Client({ connectionString: t.databaseUrl });
    await sql.connect();
    await sql.query('truncate rate_limit_window').finally(() => sql.end());
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push(await send(`Bearer invalid-${i}`));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});

describe('bounded work and a closed schema in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await t.close();
  });

  const send = async (query: string, token: string | null) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  it('answers introspection only to a caller with a valid token', async () => {
    for (const token of [null, 'not-a-token']) {
      const refused = await send('{ __schema { types { name } } }', token);
      expect({ status: refused.status, code: refused.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
    const typeQuery = await send('{ __type(name: "Query") { name } }', null);
    expect(typeQuery.status).toBe(401);
    const allowed = await send('{ __schema { queryType { name } } }', await tokenFor({ sub: 'aud', roles: ['auditor'] }));
    expect(allowed.body.errors).toBeUndefined();
  });

  it('refuses a request asking for more than two checks or audits, however aliased', async () => {
    const token = await tokenFor({ sub: 'aud', roles: ['auditor'] });
    const aliased = Array.from({ length: 15 }, (_, i) => `c${i}: meetingCheck(meetingId: "m") { meetingId }`).join(' ');
    const refused = await send(`{ ${aliased} }`, token);
    expect({ status: refused.status, code: refused.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(refused.body.errors![0].message).toContain('at most 2');
    const mixed = await send(
      '{ a: meetingAudit(meetingId: "m") { meetingId } b: missedRecusals { nodes { personId } } c: historicalCheck(meetingId: "m", knownOn: "2026-01-01T00:00:00Z") { knownOn } }',
      token,
    );
    expect(mixed.status).toBe(400);
  });
});
