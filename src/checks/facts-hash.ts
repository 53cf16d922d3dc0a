import { createHash } from 'node:crypto';
import type { Facts } from '../rules/facts';

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * A fingerprint of what a check read, independent of row order: when the facts of a meeting
 * hash differently today than at its last run, something the check depends on has changed
 * (a seat, a relative, an interest, the agenda, a decision or an announcement) and the check is stale.
 */
export function factsHash(facts: Facts): string {
  const canonical = {
    meeting: {
      ...facts.meeting,
      participants: [...facts.meeting.participants].sort((a, b) => `${a.personId}/${a.role}`.localeCompare(`${b.personId}/${b.role}`)),
      expectedAbsent: [...facts.meeting.expectedAbsent].sort(),
      agenda: byId(facts.meeting.agenda),
    },
    // A Swedish name changes how a finding reads, not whether it holds: it does not make a check stale.
    organizations: byId(facts.organizations).map(({ nameSv: _sv, ...o }) => ({ ...o, memberIds: [...(o.memberIds ?? [])].sort() })),
    persons: byId(facts.persons),
    memberships: byId(facts.memberships),
    relationships: byId(facts.relationships),
    interests: byId(facts.interests),
    decisions: facts.decisions ?? [],
    selfRecusals: facts.selfRecusals ?? [],
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
