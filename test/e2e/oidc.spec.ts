import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startTestApp, type TestApp } from '../setup/test-app';

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
