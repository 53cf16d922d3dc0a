import { ROLES, type Principal, type Role } from './roles';

/** Where in a token's claims jaavi finds its user's roles, person and bodies (README: Configuration). */
export interface ClaimPaths {
  /** A dotted path, e.g. `roles`, `groups`, `realm_access.roles`, `resource_access.jaavi.roles`. */
  roles: string;
  person: string;
  bodies: string;
  /** The provider's group or role names → jaavi roles; empty: the values are jaavi's role names. */
  roleMap: ReadonlyMap<string, readonly Role[]>;
}

export class ClaimMappingError extends Error {}

/**
 * Parses `OIDC_ROLE_MAP`: `provider-name=role` pairs separated by commas (a name may map to
 * several roles: `kv-admins=admin,kv-admins=auditor`). Unknown jaavi roles are a configuration
 * error, so a typo cannot silently grant nothing (or something else).
 */
export function parseRoleMap(text: string | undefined): Map<string, Role[]> {
  const map = new Map<string, Role[]>();
  for (const pair of (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const name = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim() as Role;
    if (at <= 0 || !ROLES.includes(role))
      throw new ClaimMappingError(`OIDC_ROLE_MAP: "${pair}" is not name=role with a role of ${ROLES.join(', ')}`);
    map.set(name, [...(map.get(name) ?? []), role]);
  }
  return map;
}

/**
 * A claim by dotted path. A claim whose own name contains dots (namespaced claims such as
 * `https://kunta.fi/roles`) is found by its whole name first.
 */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), claims);
}

/** A list claim: an array of strings, or one string of space- or comma-separated values. */
function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The caller as jaavi sees it, from a verified token's (or an introspection answer's) claims.
 * Throws ClaimMappingError with the reason when the token names no user or no jaavi role.
 */
export function principalFrom(claims: Record<string, unknown>, paths: ClaimPaths): Principal {
  const names = strings(claimAt(claims, paths.roles));
  const roles: Role[] =
    paths.roleMap.size > 0 ? names.flatMap((n) => paths.roleMap.get(n) ?? []) : names.filter((n): n is Role => ROLES.includes(n as Role));
  const sub = typeof claims.sub === 'string' ? claims.sub : typeof claims.client_id === 'string' ? claims.client_id : '';
  if (!sub) throw new ClaimMappingError('the token names no user (sub)');
  if (roles.length === 0) throw new ClaimMappingError(`no jaavi role in claim "${paths.roles}"`);
  const person = claimAt(claims, paths.person);
  return {
    sub,
    roles: [...new Set(roles)],
    person: typeof person === 'string' ? person : null,
    bodies: strings(claimAt(claims, paths.bodies)),
  };
}
