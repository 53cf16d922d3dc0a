import { ConfigError, DEVELOPMENT_SECRET, loadConfig } from '../../../src/config/app-config';

describe('configuration', () => {
  it('defaults to the embedded database and the development secret outside production', () => {
    const sut = loadConfig({});
    expect(sut.embedded).toBe(true);
    expect(sut.PORT).toBe(3000);
    expect(sut.jwtSecret).toBe(DEVELOPMENT_SECRET);
  });

  it.each([
    ['no secret and no OIDC', {}],
    ['a short secret', { JWT_SECRET: 'short-but-16chars' }],
    ['the public development secret', { JWT_SECRET: DEVELOPMENT_SECRET }],
    ['half the OIDC settings', { OIDC_ISSUER: 'https://id.example.fi', OIDC_AUDIENCE: 'jaavi' }],
  ])('refuses to start in production with %s', (_name, env) => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...env })).toThrow(ConfigError);
  });

  it.each([
    ['a real secret', { JWT_SECRET: 'a-real-secret-of-at-least-32-characters!' }],
    ['OIDC', { OIDC_ISSUER: 'https://id.example.fi', OIDC_AUDIENCE: 'jaavi', OIDC_JWKS_URL: 'https://id.example.fi/jwks' }],
  ])('starts in production with %s', (_name, env) => {
    expect(loadConfig({ NODE_ENV: 'production', ...env }).NODE_ENV).toBe('production');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });
});
