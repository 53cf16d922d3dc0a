/** The roles of api.md. `secretary` is limited to `bodies`, `official` to `person`. */
export const ROLES = ['admin', 'secretary', 'official', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified token. */
export interface Principal {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The official's own person id. */
  readonly person: string | null;
  /** The bodies a secretary serves. */
  readonly bodies: readonly string[];
}

export const hasRole = (principal: Principal, role: Role): boolean => principal.roles.includes(role);
