import { SignJWT } from 'jose';
import type { Role } from './roles';

export const DEV_ISSUER = 'jaavi-dev';
export const DEFAULT_AUDIENCE = 'jaavi';

export interface DevClaims {
  sub: string;
  roles: Role[];
  person?: string;
  bodies?: string[];
}

/** An HS256 token for development and tests (never accepted in production mode). */
export function signDevToken(claims: DevClaims, secret: string, options: { expiresIn?: string; audience?: string } = {}): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
