import { contentHash } from '../database/content-hash';
import type { Dataset } from './validation/dataset.types';

type Org = NonNullable<Dataset['organizations']>[number];
type EventRec = NonNullable<Dataset['events']>[number];
type ItemRec = EventRec['agenda'][number];

/**
 * Maps dataset records to the rows jaavi stores, and back. Each top-level row carries a hash of
 * its normalised content (children included), so an unchanged record is never rewritten and a
 * re-import reports exactly what changed. Export is the inverse mapping, so a file that jaavi
 * exported hashes to the same rows when imported again.
 */
export { contentHash };

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

export interface OrganizationRows {
  row: { id: string; name: string; classification: string; parent_id: string | null; seats: number | null };
  names: { name: string; lang: string | null; note: string | null }[];
  identifiers: { scheme: string; identifier: string }[];
  owners: { owner_id: string; share: number | null }[];
  members: string[];
  hash: string;
}

export function organizationRows(o: Org): OrganizationRows {
  const rows = {
    row: { id: o.id, name: o.name, classification: o.classification, parent_id: orNull(o.parent_id), seats: orNull(o.seats) },
    names: (o.other_names ?? []).map((n) => ({ name: n.name, lang: orNull(n.lang), note: orNull(n.note) })),
    identifiers: (o.identifiers ?? []).map((i) => ({ scheme: i.scheme, identifier: i.identifier })),
    owners: (o.owners ?? []).map((w) => ({ owner_id: w.organization_id, share: orNull(w.share) })),
    members: [...(o.member_ids ?? [])],
  };
  return { ...rows, hash: contentHash(rows) };
}

export interface MeetingRows {
  row: { id: string; body_id: string; name: string | null; starts_at: string; meeting_date: string; status: string };
  participants: { person_id: string; role: string }[];
  absent: string[];
  hash: string;
}

export function meetingRows(e: EventRec): MeetingRows {
  const rows = {
    row: {
      id: e.id,
      body_id: e.organization_id,
      name: orNull(e.name),
      starts_at: e.start_date,
      meeting_date: e.start_date.slice(0, 10),
      status: e.status ?? 'planned',
    },
    participants: (e.participants ?? []).map((p) => ({ person_id: p.person_id, role: p.role })),
    absent: [...(e.expected_absent ?? [])],
  };
  return { ...rows, hash: contentHash(rows) };
}

export interface ItemRows {
  row: {
    id: string;
    meeting_id: string;
    item_order: number;
    title: string;
    description: string | null;
    presented_by_id: string | null;
    prepared_in_id: string | null;
    urgent: boolean;
    has_record: boolean;
  };
  related: {
    entity_type: string;
    organization_id: string | null;
    person_id: string | null;
    role: string;
    on_behalf_of: string | null;
    note: string | null;
  }[];
  preparers: string[];
  concerns: { person_id: string; text: string }[];
  minutesParticipants: string[];
  recusals: { person_id: string; grounds: string[]; decided_by: string | null }[];
  substitutes: { person_id: string; for_person_id: string }[];
  hash: string;
}

export function itemRows(meetingId: string, i: ItemRec): ItemRows {
  const rows = {
    row: {
      id: i.id,
      meeting_id: meetingId,
      item_order: i.order,
      title: i.title,
      description: orNull(i.description),
      presented_by_id: orNull(i.presented_by),
      prepared_in_id: orNull(i.prepared_in),
      urgent: i.urgent ?? false,
      has_record: i.record !== undefined && i.record !== null,
    },
    related: (i.related_entities ?? []).map((r) => ({
      entity_type: r.entity_type,
      organization_id: r.entity_type === 'organization' ? r.entity_id : null,
      person_id: r.entity_type === 'person' ? r.entity_id : null,
      role: r.role,
      on_behalf_of: orNull(r.on_behalf_of),
      note: orNull(r.note),
    })),
    preparers: [...(i.prepared_by ?? [])],
    concerns: (i.concerns ?? []).map((c) => ({ person_id: c.person_id, text: c.text })),
    minutesParticipants: [...(i.record?.participants ?? [])],
    recusals: (i.record?.recusals ?? []).map((r) => ({
      person_id: r.person_id,
      grounds: [...(r.grounds ?? [])],
      decided_by: orNull(r.decided_by),
    })),
    substitutes: (i.record?.substitutes ?? []).map((s) => ({ person_id: s.person_id, for_person_id: s.for_person_id })),
  };
  return { ...rows, hash: contentHash(rows) };
}
