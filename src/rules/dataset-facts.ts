/**
 * Maps a whole `jaavi-dataset/1` document (snake_case JSON) to the engine's facts for one
 * meeting. Pure and unvalidated: the importer validates; this is for tests and tools that want
 * the engine without a database.
 */
import type {
  AgendaItemFact,
  Facts,
  InterestFact,
  MeetingFact,
  MembershipFact,
  OrganizationFact,
  PersonFact,
  RelatedEntityFact,
  RelationshipFact,
} from './facts';
import { MAX_UPSTREAM_STAGES } from './audit';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const opt = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** The registry's first Swedish name, when it has one. */
function swedishName(o: Json): { nameSv?: string } {
  const sv = opt(list(o.other_names).find((n) => n.lang === 'sv')?.name);
  return sv ? { nameSv: sv } : {};
}

function organization(o: Json): OrganizationFact {
  return {
    id: str(o.id),
    name: str(o.name),
    ...swedishName(o),
    classification: str(o.classification) as OrganizationFact['classification'],
    parentId: opt(o.parent_id),
    seats: num(o.seats),
    memberIds: strings(o.member_ids),
    owners: list(o.owners).map((w) => ({ organizationId: str(w.organization_id), share: num(w.share) })),
  };
}

function membership(m: Json): MembershipFact {
  return {
    id: str(m.id),
    personId: str(m.person_id),
    organizationId: str(m.organization_id),
    role: str(m.role) as MembershipFact['role'],
    startDate: str(m.start_date),
    endDate: opt(m.end_date),
    deputyFor: opt(m.deputy_for),
    group: opt(m.group),
    deputyOrder: num(m.deputy_order),
  };
}

function relationship(r: Json): RelationshipFact {
  return {
    id: str(r.id),
    personId: str(r.person_id),
    relativeId: str(r.relative_id),
    kind: str(r.kind) as RelationshipFact['kind'],
    half: bool(r.half),
    startDate: opt(r.start_date),
    endDate: opt(r.end_date),
  };
}

function interest(i: Json): InterestFact {
  return {
    id: str(i.id),
    personId: str(i.person_id),
    organizationId: opt(i.organization_id),
    kind: str(i.kind) as InterestFact['kind'],
    description: opt(i.description),
    material: bool(i.material),
    declaredOn: opt(i.declared_on),
    startDate: opt(i.start_date),
    endDate: opt(i.end_date),
  };
}

function relatedEntity(e: Json): RelatedEntityFact {
  return {
    entityType: str(e.entity_type) as RelatedEntityFact['entityType'],
    entityId: str(e.entity_id),
    role: str(e.role) as RelatedEntityFact['role'],
    onBehalfOf: opt(e.on_behalf_of),
    note: opt(e.note),
  };
}

function agendaItem(a: Json): AgendaItemFact {
  const record = a.record === undefined || a.record === null ? null : obj(a.record);
  return {
    id: str(a.id),
    order: num(a.order) ?? 0,
    title: str(a.title),
    description: opt(a.description),
    relatedEntities: list(a.related_entities).map(relatedEntity),
    preparedBy: strings(a.prepared_by),
    presentedBy: opt(a.presented_by),
    preparedIn: opt(a.prepared_in),
    urgent: bool(a.urgent),
    concerns: list(a.concerns).map((c) => ({ personId: str(c.person_id), text: str(c.text) })),
    record: record && {
      participants: strings(record.participants),
      recusals: list(record.recusals).map((r) => ({
        personId: str(r.person_id),
        grounds: strings(r.grounds),
        decidedBy: opt(r.decided_by) as 'self' | 'body' | null,
      })),
      substitutes: list(record.substitutes).map((s) => ({ personId: str(s.person_id), forPersonId: str(s.for_person_id) })),
    },
  };
}

function meeting(e: Json): MeetingFact {
  return {
    id: str(e.id),
    organizationId: str(e.organization_id),
    name: opt(e.name),
    startDate: str(e.start_date),
    status: e.status === 'held' ? 'held' : 'planned',
    expectedAbsent: strings(e.expected_absent),
    participants: list(e.participants).map((p) => ({
      personId: str(p.person_id),
      role: str(p.role) as MeetingFact['participants'][number]['role'],
    })),
    agenda: list(e.agenda).map(agendaItem),
  };
}

/** The facts for `meetingId`, with every registry record of the dataset. */
export function factsFromDataset(dataset: unknown, meetingId: string): Facts {
  const d = obj(dataset);
  const event = list(d.events).find((e) => str(e.id) === meetingId);
  if (!event) throw new Error(`dataset has no event "${meetingId}"`);
  return {
    meeting: meeting(event),
    organizations: list(d.organizations).map(organization),
    persons: list(d.persons).map((p): PersonFact => ({ id: str(p.id), name: str(p.name) })),
    memberships: list(d.memberships).map(membership),
    relationships: list(d.relationships).map(relationship),
    interests: list(d.interests).map(interest),
  };
}

/**
 * The facts of every other meeting holding an item up `meetingId`'s `prepared_in` chains, at
 * every stage (at most `MAX_UPSTREAM_STAGES` above each item).
 */
export function upstreamFactsFromDataset(dataset: unknown, meetingId: string): Facts[] {
  const d = obj(dataset);
  const events = list(d.events);
  const eventOfItem = new Map<string, Json>();
  const itemById = new Map<string, Json>();
  for (const e of events) {
    for (const a of list(e.agenda)) {
      const id = str(a.id);
      if (!itemById.has(id)) {
        itemById.set(id, a);
        eventOfItem.set(id, e);
      }
    }
  }
  const own = events.find((e) => str(e.id) === meetingId);
  const wanted = new Set<string>();
  for (const start of list(own?.agenda)) {
    const seen = new Set([str(start.id)]);
    let next = opt(start.prepared_in);
    for (let stage = 1; next && stage <= MAX_UPSTREAM_STAGES && !seen.has(next); stage++) {
      seen.add(next);
      const event = eventOfItem.get(next);
      if (!event) break;
      wanted.add(str(event.id));
      next = opt(itemById.get(next)?.prepared_in);
    }
  }
  wanted.delete(meetingId);
  return events.filter((e) => wanted.has(str(e.id))).map((e) => factsFromDataset(dataset, str(e.id)));
}
