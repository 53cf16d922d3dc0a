/** Who sits in a body on D: its members (chairs and vice-chairs are members) and its deputies. */
import type { FactIndex } from './fact-index';
import type { MembershipFact } from './facts';
import type { Capacity } from './hit';
import { cmp } from './order';

export interface Seat {
  readonly personId: string;
  readonly capacity: Capacity;
  /** Every membership of the person in the body that counts on D (a deputy may name any). */
  readonly memberships: readonly MembershipFact[];
}

const MEMBER_RANK: Readonly<Record<string, number>> = { chair: 0, vice_chair: 1, member: 2 };

export function seatedMembers(index: FactIndex, bodyId: string): Seat[] {
  const byPerson = new Map<string, MembershipFact[]>();
  for (const m of index.membershipsIn(bodyId)) {
    if (MEMBER_RANK[m.role] === undefined || !index.countsOn(m)) continue;
    byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  }
  return [...byPerson.entries()]
    .map(([personId, ms]) => {
      const best = [...ms].sort((a, b) => (MEMBER_RANK[a.role] ?? 9) - (MEMBER_RANK[b.role] ?? 9) || cmp(a.id, b.id))[0];
      return { personId, capacity: best.role as Capacity, memberships: ms };
    })
    .sort((a, b) => cmp(a.personId, b.personId));
}

export function deputyMemberships(index: FactIndex, bodyId: string): MembershipFact[] {
  return index.membershipsIn(bodyId).filter((m) => m.role === 'deputy' && index.countsOn(m));
}
