import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/app-error';
import { DEFAULT_AUDIENCE, DEV_ISSUER } from './dev-token';
import { ROLES, type Principal, type Role } from './roles';

/**
 * Verifies bearer tokens: against the OpenID Connect provider's published keys when OIDC is
 * configured, otherwise HS256 with JWT_SECRET (development and tests). Any failure, whatever
 * its cause (expired, malformed, wrong signature, issuer or audience), is UNAUTHENTICATED.
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks: JWTVerifyGetKey | null;
  private readonly secret: Uint8Array | null;

  constructor(private readonly config: AppConfig) {
    this.jwks = config.OIDC_JWKS_URL ? createRemoteJWKSet(new URL(config.OIDC_JWKS_URL)) : null;
    this.secret = this.jwks ? null : new TextEncoder().encode(config.jwtSecret);
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      // A token without an expiry would be valid for ever.
      const options = this.jwks
        ? { issuer: this.config.OIDC_ISSUER, audience: this.config.OIDC_AUDIENCE, requiredClaims: ['exp'] }
        : { issuer: DEV_ISSUER, audience: DEFAULT_AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] };
      payload = this.jwks
        ? (await jwtVerify(token, this.jwks, options)).payload
        : (await jwtVerify(token, this.secret!, options)).payload;
    } catch {
      throw new AppError('UNAUTHENTICATED', 'the token is not valid');
    }
    return toPrincipal(payload);
  }
}

function toPrincipal(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
  if (typeof payload.sub !== 'string' || payload.sub === '' || roles.length === 0) throw new AppError('UNAUTHENTICATED', 'the token names no user or no known role');
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    sub: payload.sub,
    roles,
    person: typeof payload.person === 'string' ? payload.person : null,
    bodies: strings(payload.bodies),
  };
}
