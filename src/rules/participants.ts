/**
 * The meeting's non-member participants for one item (HL 27: the presenter, the minute-taker and
 * others with a right to attend). The item's `presented_by` replaces the meeting's presenter.
 */
import type { AgendaItemFact, MeetingFact, ParticipantRole } from './facts';
import type { Capacity } from './hit';
import { cmp } from './order';

export interface Participant {
  readonly personId: string;
  readonly capacity: Capacity;
}

const RANK: Readonly<Record<ParticipantRole, number>> = { presenter: 0, minute_taker: 1, attendee: 2 };

export function itemPresenters(meeting: MeetingFact, item: AgendaItemFact): string[] {
  if (item.presentedBy) return [item.presentedBy];
  return meeting.participants
    .filter((p) => p.role === 'presenter')
    .map((p) => p.personId)
    .sort(cmp);
}

/** One entry per person (presenter before minute-taker before attendee), sorted by person id. */
export function itemParticipants(meeting: MeetingFact, item: AgendaItemFact): Participant[] {
  const roles = new Map<string, ParticipantRole>();
  const offer = (personId: string, role: ParticipantRole) => {
    const current = roles.get(personId);
    if (current === undefined || RANK[role] < RANK[current]) roles.set(personId, role);
  };
  for (const p of meeting.participants) {
    if (p.role !== 'presenter') offer(p.personId, p.role);
  }
  for (const personId of itemPresenters(meeting, item)) offer(personId, 'presenter');
  return [...roles.entries()].map(([personId, capacity]) => ({ personId, capacity })).sort((a, b) => cmp(a.personId, b.personId));
}
