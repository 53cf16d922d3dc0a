import type { MeetingFact } from '../rules/facts';
import type { Dataset } from '../import/validation/dataset.types';

export type EventRecord = NonNullable<Dataset['events']>[number];
export type ItemRecord = EventRecord['agenda'][number];

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * A stored meeting back in the dataset's shape, so an edit goes through the same writer as an
 * import (content hash, version bump, child rows), with one write path to trust.
 */
export function eventFromMeeting(m: MeetingFact): EventRecord {
  return {
    id: m.id,
    organization_id: m.organizationId,
    name: opt(m.name),
    start_date: m.startDate,
    status: m.status,
    expected_absent: [...m.expectedAbsent],
    participants: m.participants.map((p) => ({ person_id: p.personId, role: p.role })),
    agenda: m.agenda.map((i): ItemRecord => ({
      id: i.id,
      order: i.order,
      title: i.title,
      description: opt(i.description),
      related_entities: i.relatedEntities.map((r) => ({
        entity_type: r.entityType,
        entity_id: r.entityId,
        role: r.role,
        on_behalf_of: opt(r.onBehalfOf),
        note: opt(r.note),
      })),
      prepared_by: [...i.preparedBy],
      presented_by: opt(i.presentedBy),
      prepared_in: opt(i.preparedIn),
      urgent: i.urgent ? true : undefined,
      concerns: i.concerns.map((c) => ({ person_id: c.personId, text: c.text })),
      record: i.record
        ? {
            participants: [...i.record.participants],
            recusals: i.record.recusals.map((r) => ({ person_id: r.personId, grounds: [...r.grounds], decided_by: opt(r.decidedBy) })),
            substitutes: i.record.substitutes.map((s) => ({ person_id: s.personId, for_person_id: s.forPersonId })),
          }
        : undefined,
    })),
  };
}
