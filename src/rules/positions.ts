/**
 * What a membership means with respect to an entity (legal-grounds §3): a board-type position,
 * a deputy board position, employment, or some other seat (a note at most).
 */
import type { FactIndex } from './fact-index';
import { ENTERPRISE_KINDS } from './fact-index';
import type { MembershipFact, MembershipRole } from './facts';
import type { Period } from './period';

export type PositionKind = 'board' | 'deputy_board' | 'employment' | 'seat';

export interface Position {
  readonly membership: MembershipFact;
  readonly kind: PositionKind;
  readonly period: Period;
  /** The entity (or body) the position is counted in. */
  readonly inId: string;
}

const ENTITY_ROLES: Partial<Record<MembershipRole, PositionKind>> = {
  board_chair: 'board',
  board_member: 'board',
  supervisory_board_member: 'board',
  ceo: 'board',
  deputy_ceo: 'board',
  deputy_board_member: 'deputy_board',
  employee: 'employment',
  contractor: 'employment',
};

const BOARD_BODIES = new Set(['board', 'supervisory_board']);

/** HL 28.1 § 5 reads "hallitus, hallintoneuvosto tai toimitusjohtaja": board-type positions. */
export function positionKind(m: MembershipFact, index: FactIndex): PositionKind {
  const byRole = ENTITY_ROLES[m.role];
  if (byRole) return byRole;
  const org = index.org(m.organizationId);
  if (org && BOARD_BODIES.has(org.classification)) return m.role === 'deputy' ? 'deputy_board' : 'board';
  return 'seat';
}

/**
 * The person's positions in entity (or body) `targetId`, any date. Seats in the bodies of the own
 * organisation are never positions in a concerned entity (legal-grounds §3): sitting on them is
 * the official's job. Employment in an enterprise counts as employment in its municipality or
 * county, since an enterprise is part of it.
 */
export function positionsIn(index: FactIndex, personId: string, targetId: string, ownOrg: string | null): Position[] {
  const out: Position[] = [];
  for (const m of index.membershipsOf(personId)) {
    const orgId = m.organizationId;
    const kind = positionKind(m, index);
    const inBody = index.isBody(orgId);
    if (inBody && ownOrg && index.entityOf(orgId) === ownOrg) continue;
    const direct = orgId === targetId || (inBody && index.entityOf(orgId) === targetId);
    if (direct || (kind === 'employment' && isEnterpriseOf(index, orgId, targetId))) {
      out.push({ membership: m, kind, period: index.period(m), inId: targetId });
    }
  }
  return out;
}

function isEnterpriseOf(index: FactIndex, orgId: string, parentId: string): boolean {
  const o = index.org(orgId);
  return !!o && ENTERPRISE_KINDS.has(o.classification) && o.parentId === parentId;
}
