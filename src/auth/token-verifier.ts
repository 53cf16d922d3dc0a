import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/app-error';
import { DEFAULT_AUDIENCE, DEV_ISSUER } from './dev-token';
import { ClaimMappingError, parseRoleMap, principalFrom, type ClaimPaths } from './claim-mapping';
import { IntrospectionRefusal, TokenIntrospector } from './token-introspector';
import type { Principal } from './roles';

/** A compact JWS: three base64url parts. Anything else is an opaque token. */
const COMPACT_JWS = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** jose refetches an unknown key id at most this often (a flood of made-up key ids stays cheap). */
const JWKS_COOLDOWN_MS = 30_000;

/**
 * Verifies bearer tokens: JWTs against the OpenID Connect provider's published keys when OIDC
 * is configured, opaque tokens at its introspection endpoint (RFC 7662) when
 * `OIDC_INTROSPECTION_URL` is set, otherwise HS256 with JWT_SECRET (development and tests).
 * The provider's keys are cached for at most `OIDC_JWKS_MAX_AGE_SECONDS`, so a key it removes is
 * refused within that time. Any failure is UNAUTHENTICATED for the client; the log says why
 * (never the token).
 */
@Injectable()
export class TokenVerifier {
  private readonly logger = new Logger('Auth');
  private readonly jwks: JWTVerifyGetKey | null;
  private readonly secret: Uint8Array | null;
  private readonly introspector: TokenIntrospector | null;
  private readonly paths: ClaimPaths;

  constructor(private readonly config: AppConfig) {
    this.jwks = config.OIDC_JWKS_URL
      ? createRemoteJWKSet(new URL(config.OIDC_JWKS_URL), {
          cacheMaxAge: config.OIDC_JWKS_MAX_AGE_SECONDS * 1000,
          cooldownDuration: JWKS_COOLDOWN_MS,
        })
      : null;
    this.secret = this.jwks ? null : new TextEncoder().encode(config.jwtSecret);
    this.introspector = this.jwks && config.OIDC_INTROSPECTION_URL ? new TokenIntrospector(config.OIDC_INTROSPECTION_URL, config) : null;
    // Development tokens carry jaavi's own claims; the mapping applies to the provider's.
    this.paths = this.jwks
      ? {
          roles: config.OIDC_ROLES_CLAIM,
          person: config.OIDC_PERSON_CLAIM,
          bodies: config.OIDC_BODIES_CLAIM,
          roleMap: parseRoleMap(config.OIDC_ROLE_MAP),
        }
      : { roles: 'roles', person: 'person', bodies: 'bodies', roleMap: new Map() };
  }

  async verify(token: string): Promise<Principal> {
    let claims: JWTPayload | Record<string, unknown>;
    try {
      claims = await this.claims(token);
      return principalFrom(claims, this.paths);
    } catch (error) {
      if (error instanceof AppError && error.code !== 'UNAUTHENTICATED') throw error;
      this.logger.warn(`token refused: ${reason(error)}`);
      throw new AppError('UNAUTHENTICATED', 'the token is not valid');
    }
  }

  private async claims(token: string): Promise<Record<string, unknown>> {
    // A token without an expiry would be valid for ever: `exp` is required of every JWT.
    if (!this.jwks) {
      return (
        await jwtVerify(token, this.secret!, {
          issuer: DEV_ISSUER,
          audience: DEFAULT_AUDIENCE,
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
        })
      ).payload;
    }
    if (this.introspector && !COMPACT_JWS.test(token)) return this.introspector.introspect(token);
    return (
      await jwtVerify(token, this.jwks, { issuer: this.config.OIDC_ISSUER, audience: this.config.OIDC_AUDIENCE, requiredClaims: ['exp'] })
    ).payload;
  }
}

/** Why a token was refused, for the log: jose's error code and claim, or our own reason. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTClaimValidationFailed) return `${error.code} (${error.claim}: ${error.reason})`;
  if (error instanceof errors.JOSEError) return error.code;
  if (error instanceof ClaimMappingError || error instanceof IntrospectionRefusal) return error.message;
  return error instanceof Error ? error.name : 'unknown';
}
