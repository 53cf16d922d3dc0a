import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startTestApp, type TestApp } from '../setup/test-app';
import { signingKey, startProvider, type TestProvider } from '../setup/oidc-provider';
import { TokenVerifier } from '../../src/auth/token-verifier';

/** Tokens from an OpenID Connect provider, verified against its published keys (a local JWKS). */
describe('OpenID Connect tokens', () => {
  let t: TestApp;
  let jwksServer: Server;
  let key: KeyLike;
  let otherKey: KeyLike;
  const issuer = 'https://tunnistus.example.fi';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    t = await startTestApp({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'jaavi-prod', OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks` });
  });

  afterAll(async () => {
    await t.close();
    jwksServer.close();
  });

  const sign = (signingKey: KeyLike, claims: { iss?: string; aud?: string; exp?: string } = {}) =>
    new SignJWT({ roles: ['auditor'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('auditor@example.fi')
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? 'jaavi-prod')
      .setExpirationTime(claims.exp ?? '5m')
      .sign(signingKey);

  it('accepts a token signed by the provider', async () => {
    const result = await t.gql('{ auditLog(first: 1) { nodes { id } } }', {}, await sign(key));
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['another key', () => sign(otherKey)],
    ['another issuer', () => sign(key, { iss: 'https://evil.example' })],
    ['another audience', () => sign(key, { aud: 'another-service' })],
    ['an expired token', () => sign(key, { exp: '-1m' })],
  ])('refuses %s', async (_name, make) => {
    const result = await t.gql('{ auditLog(first: 1) { nodes { id } } }', {}, await make());
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

/**
 * The municipality's own provider: a real OpenID Connect provider (`oidc-provider`) started for
 * the test, whose tokens carry roles as group names under `realm_access.roles`.
 */
describe("the city's identity provider", () => {
  let provider: TestProvider;
  let t: TestApp;
  const query = '{ auditLog(first: 1) { nodes { id } } }';
  const warnings: string[] = [];

  beforeAll(async () => {
    provider = await startProvider([await signingKey('k1')]);
    t = await startTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: 'jaavi-api',
      OIDC_JWKS_URL: `${provider.issuer}/jwks`,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'kv-tarkastajat=auditor,kv-sihteerit=secretary',
      OIDC_INTROSPECTION_URL: `${provider.issuer}/token/introspection`,
      OIDC_INTROSPECTION_CLIENT_ID: 'jaavi-api',
      OIDC_INTROSPECTION_CLIENT_SECRET: 'jaavi-api-secret',
      OIDC_JWKS_MAX_AGE_SECONDS: '1',
    });
    const logger = t.app.get(TokenVerifier)['logger'] as { warn(message: string): void };
    logger.warn = (message: string) => void warnings.push(message);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  it('maps nested group claims to jaavi roles', async () => {
    expect((await t.gql(query, {}, await provider.token('kv-auditor'))).errors).toBeUndefined();
    // A secretary may not read the audit log: the mapped role is the one that counts.
    expect((await t.gql(query, {}, await provider.token('kv-secretary'))).errors![0].extensions!.code).toBe('FORBIDDEN');
    // The web app shows its pages from what the service made of the token.
    const viewer = await t.gql<{ viewer: unknown }>('{ viewer { sub roles person bodies } }', {}, await provider.token('kv-secretary'));
    expect(viewer.data!.viewer).toEqual({ sub: 'kv-secretary', roles: ['secretary'], person: null, bodies: ['k-kh'] });
    // A group with no mapping gives no role.
    expect((await t.gql(query, {}, await provider.token('kv-nobody'))).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(warnings.at(-1)).toBe('token refused: no jaavi role in claim "realm_access.roles"');
  });

  it('accepts an opaque token through introspection, and refuses one the provider does not know', async () => {
    const opaque = await provider.token('kv-opaque-auditor');
    expect(opaque.split('.')).toHaveLength(1);
    expect((await t.gql(query, {}, opaque)).errors).toBeUndefined();
    expect((await t.gql(query, {}, 'made-up-opaque-token')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(warnings.at(-1)).toBe('token refused: introspection: the token is not active');
    expect(warnings.join('\n')).not.toContain(opaque);
  });

  it('refuses a key the provider removed from its JWKS within the cache age', async () => {
    const old = await provider.token('kv-auditor');
    expect((await t.gql(query, {}, old)).errors).toBeUndefined();
    // Rotation: the provider comes back with only a new key.
    await provider.stop();
    provider = await startProvider([await signingKey('k2')], provider.port);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await t.gql(query, {}, old)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(warnings.at(-1)).toBe('token refused: ERR_JWKS_NO_MATCHING_KEY');
    expect(warnings.join('\n')).not.toContain(old);
    expect((await t.gql(query, {}, await provider.token('kv-auditor'))).errors).toBeUndefined();
  });
});
