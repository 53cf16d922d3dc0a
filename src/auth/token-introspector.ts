import type { AppConfig } from '../config/app-config';
import { AppError } from '../common/app-error';

/** Why an opaque token was not accepted (logged; the client only sees UNAUTHENTICATED). */
export class IntrospectionRefusal extends Error {}

/** How long jaavi waits for the provider's introspection endpoint. */
const TIMEOUT_MS = 5_000;

/**
 * Opaque access tokens, checked at the provider's introspection endpoint (RFC 7662) on every
 * request, authenticating as jaavi's own client (HTTP Basic, `client_secret_basic`). The answer
 * must say `active` and, where it names them, the expected issuer and audience, and not be past
 * its expiry. Its claims are then mapped exactly as a JWT's are. A provider that cannot be
 * reached is SERVICE_UNAVAILABLE (retryable), not a refused token.
 */
export class TokenIntrospector {
  private readonly authorization: string;

  constructor(
    private readonly url: string,
    private readonly config: AppConfig,
  ) {
    const id = config.OIDC_INTROSPECTION_CLIENT_ID ?? config.OIDC_CLIENT_ID ?? '';
    const secret = config.OIDC_INTROSPECTION_CLIENT_SECRET ?? '';
    this.authorization = `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
  }

  async introspect(token: string): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: this.authorization },
        body: new URLSearchParams({ token, token_type_hint: 'access_token' }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', `the identity provider cannot be reached (${(error as Error).name}); try again shortly`);
    }
    if (response.status >= 500)
      throw new AppError('SERVICE_UNAVAILABLE', `the identity provider answered HTTP ${response.status}; try again shortly`);
    if (!response.ok) throw new IntrospectionRefusal(`introspection endpoint answered HTTP ${response.status}`);
    const claims = (await response.json()) as Record<string, unknown>;
    if (claims.active !== true) throw new IntrospectionRefusal('introspection: the token is not active');
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now())
      throw new IntrospectionRefusal('introspection: the token has expired');
    if (claims.iss !== undefined && claims.iss !== this.config.OIDC_ISSUER) throw new IntrospectionRefusal('introspection: another issuer');
    const audiences = Array.isArray(claims.aud) ? claims.aud : claims.aud === undefined ? null : [claims.aud];
    if (audiences && !audiences.includes(this.config.OIDC_AUDIENCE)) throw new IntrospectionRefusal('introspection: another audience');
    if (claims.token_type !== undefined && String(claims.token_type).toLowerCase() === 'refresh_token')
      throw new IntrospectionRefusal('introspection: a refresh token');
    return claims;
  }
}
