import { AppError } from '../common/app-error';
import type { Dataset } from './validation/dataset.types';
import { itemRows, meetingRows, organizationRows, type ItemRows, type MeetingRows, type OrganizationRows } from './dataset-rows';
import { PersonRepository } from '../people/person.repository';
import { MembershipRepository } from '../memberships/membership.repository';
import { RelationshipRepository } from '../relationships/relationship.repository';
import { InterestRepository } from '../interests/interest.repository';
import { lockFactsRevision } from '../database/facts-revision';
import { arrayLiteral, deleteChildren, insertRows, upsertById, type Column, type Sql } from '../database/sql-batch';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportCounts = Record<
  'organizations' | 'persons' | 'memberships' | 'relationships' | 'interests' | 'meetings' | 'agendaItems',
  KindCounts
>;

const col = <R>(name: string, type: string, value: (r: R) => unknown): Column<R> => ({ name, type, value });

const counts = (total: number, r: { created: string[]; updated: string[] }): KindCounts => ({
  created: r.created.length,
  updated: r.updated.length,
  unchanged: total - r.created.length - r.updated.length,
});

/**
 * Writes a validated dataset inside the caller's transaction. Foreign keys between rows of the
 * same file (parents, deputies, prepared_in) are deferred to commit, so the order of records in
 * the file does not matter.
 */
export async function writeDataset(sql: Sql, dataset: Dataset, opts: { eventOffset?: number } = {}): Promise<ImportCounts> {
  await sql('set constraints all deferred', []);
  await lockFactsRevision(sql);
  await refuseMovedItems(sql, dataset.events ?? [], opts.eventOffset ?? 0);
  const organizations = await writeOrganizations(sql, (dataset.organizations ?? []).map(organizationRows));
  const personList = dataset.persons ?? [];
  const persons = counts(personList.length, await new PersonRepository(sql).upsert(personList));
  const membershipList = dataset.memberships ?? [];
  const memberships = counts(membershipList.length, await new MembershipRepository(sql).upsert(membershipList));
  const relationshipList = dataset.relationships ?? [];
  const relationships = counts(relationshipList.length, await new RelationshipRepository(sql).upsert(relationshipList));
  const interestList = dataset.interests ?? [];
  const interests = counts(interestList.length, await new InterestRepository(sql).upsert(interestList));
  const events = dataset.events ?? [];
  const meetings = await writeMeetings(sql, events.map(meetingRows));
  const items = events.flatMap((e) => e.agenda.map((i) => itemRows(e.id, i)));
  const agendaItems = await writeItems(sql, items);
  const removed = await removeDroppedItems(
    sql,
    events.map((e) => e.id),
    items.map((i) => i.row.id),
  );
  for (const meetingId of removed) {
    if (!meetings.updatedIds.has(meetingId)) {
      meetings.counts.updated += 1;
      meetings.counts.unchanged -= 1;
    }
  }
  return { organizations, persons, memberships, relationships, interests, meetings: meetings.counts, agendaItems };
}

async function writeOrganizations(sql: Sql, orgs: OrganizationRows[]): Promise<KindCounts> {
  const result = await upsertById(
    sql,
    'organization',
    [
      col<OrganizationRows>('id', 'text[]', (o) => o.row.id),
      col<OrganizationRows>('name', 'text[]', (o) => o.row.name),
      col<OrganizationRows>('classification', 'text[]', (o) => o.row.classification),
      col<OrganizationRows>('parent_id', 'text[]', (o) => o.row.parent_id),
      col<OrganizationRows>('seats', 'int[]', (o) => o.row.seats),
      col<OrganizationRows>('content_hash', 'text[]', (o) => o.hash),
    ],
    orgs,
  );
  const changed = new Set([...result.created, ...result.updated]);
  const rewrite = orgs.filter((o) => changed.has(o.row.id));
  const ids = rewrite.map((o) => o.row.id);
  await deleteChildren(sql, 'organization_name', 'organization_id', ids);
  await deleteChildren(sql, 'organization_identifier', 'organization_id', ids);
  await deleteChildren(sql, 'organization_owner', 'company_id', ids);
  await deleteChildren(sql, 'joint_authority_member', 'authority_id', ids);
  await insertNames(
    sql,
    'organization_name',
    'organization_id',
    rewrite.map((o) => [o.row.id, o.names] as const),
  );
  await insertIdentifiers(
    sql,
    'organization_identifier',
    'organization_id',
    rewrite.map((o) => [o.row.id, o.identifiers] as const),
  );
  const owners = rewrite.flatMap((o) => o.owners.map((w) => ({ company: o.row.id, ...w })));
  await insertRows(
    sql,
    'organization_owner',
    [
      col<(typeof owners)[number]>('company_id', 'text[]', (w) => w.company),
      col<(typeof owners)[number]>('owner_id', 'text[]', (w) => w.owner_id),
      col<(typeof owners)[number]>('share', 'float8[]', (w) => w.share),
    ],
    owners,
  );
  const members = rewrite.flatMap((o) => o.members.map((m) => ({ authority: o.row.id, member: m })));
  await insertRows(
    sql,
    'joint_authority_member',
    [
      col<(typeof members)[number]>('authority_id', 'text[]', (m) => m.authority),
      col<(typeof members)[number]>('member_id', 'text[]', (m) => m.member),
    ],
    members,
  );
  return counts(orgs.length, result);
}

type NameRow = { owner: string; position: number; name: string; lang: string | null; note: string | null };

async function insertNames(
  sql: Sql,
  table: string,
  ownerColumn: string,
  owners: (readonly [string, { name: string; lang: string | null; note: string | null }[]])[],
) {
  const rows: NameRow[] = owners.flatMap(([owner, names]) => names.map((n, position) => ({ owner, position, ...n })));
  await insertRows(
    sql,
    table,
    [
      col<NameRow>(ownerColumn, 'text[]', (r) => r.owner),
      col<NameRow>('position', 'int[]', (r) => r.position),
      col<NameRow>('name', 'text[]', (r) => r.name),
      col<NameRow>('lang', 'text[]', (r) => r.lang),
      col<NameRow>('note', 'text[]', (r) => r.note),
    ],
    rows,
  );
}

type IdentifierRow = { owner: string; position: number; scheme: string; identifier: string };

async function insertIdentifiers(
  sql: Sql,
  table: string,
  ownerColumn: string,
  owners: (readonly [string, { scheme: string; identifier: string }[]])[],
) {
  const rows: IdentifierRow[] = owners.flatMap(([owner, ids]) => ids.map((i, position) => ({ owner, position, ...i })));
  await insertRows(
    sql,
    table,
    [
      col<IdentifierRow>(ownerColumn, 'text[]', (r) => r.owner),
      col<IdentifierRow>('position', 'int[]', (r) => r.position),
      col<IdentifierRow>('scheme', 'text[]', (r) => r.scheme),
      col<IdentifierRow>('identifier', 'text[]', (r) => r.identifier),
    ],
    rows,
  );
}

async function writeMeetings(sql: Sql, meetings: MeetingRows[]) {
  const result = await upsertById(
    sql,
    'meeting',
    [
      col<MeetingRows>('id', 'text[]', (m) => m.row.id),
      col<MeetingRows>('body_id', 'text[]', (m) => m.row.body_id),
      col<MeetingRows>('name', 'text[]', (m) => m.row.name),
      col<MeetingRows>('starts_at', 'text[]', (m) => m.row.starts_at),
      col<MeetingRows>('meeting_date', 'date[]', (m) => m.row.meeting_date),
      col<MeetingRows>('status', 'text[]', (m) => m.row.status),
      col<MeetingRows>('content_hash', 'text[]', (m) => m.hash),
    ],
    meetings,
    { versioned: true },
  );
  const changed = new Set([...result.created, ...result.updated]);
  const rewrite = meetings.filter((m) => changed.has(m.row.id));
  const ids = rewrite.map((m) => m.row.id);
  await deleteChildren(sql, 'meeting_participant', 'meeting_id', ids);
  await deleteChildren(sql, 'expected_absence', 'meeting_id', ids);
  const participants = rewrite.flatMap((m) => m.participants.map((p) => ({ meeting: m.row.id, ...p })));
  await insertRows(
    sql,
    'meeting_participant',
    [
      col<(typeof participants)[number]>('meeting_id', 'text[]', (p) => p.meeting),
      col<(typeof participants)[number]>('person_id', 'text[]', (p) => p.person_id),
      col<(typeof participants)[number]>('role', 'text[]', (p) => p.role),
    ],
    participants,
  );
  const absent = rewrite.flatMap((m) => m.absent.map((person) => ({ meeting: m.row.id, person })));
  await insertRows(
    sql,
    'expected_absence',
    [
      col<(typeof absent)[number]>('meeting_id', 'text[]', (a) => a.meeting),
      col<(typeof absent)[number]>('person_id', 'text[]', (a) => a.person),
    ],
    absent,
  );
  return { counts: counts(meetings.length, result), updatedIds: changed };
}

async function writeItems(sql: Sql, items: ItemRows[]): Promise<KindCounts> {
  const result = await upsertById(
    sql,
    'agenda_item',
    [
      col<ItemRows>('id', 'text[]', (i) => i.row.id),
      col<ItemRows>('meeting_id', 'text[]', (i) => i.row.meeting_id),
      col<ItemRows>('item_order', 'int[]', (i) => i.row.item_order),
      col<ItemRows>('title', 'text[]', (i) => i.row.title),
      col<ItemRows>('description', 'text[]', (i) => i.row.description),
      col<ItemRows>('presented_by_id', 'text[]', (i) => i.row.presented_by_id),
      col<ItemRows>('prepared_in_id', 'text[]', (i) => i.row.prepared_in_id),
      col<ItemRows>('urgent', 'boolean[]', (i) => i.row.urgent),
      col<ItemRows>('has_record', 'boolean[]', (i) => i.row.has_record),
      col<ItemRows>('content_hash', 'text[]', (i) => i.hash),
    ],
    items,
    { versioned: true },
  );
  const changed = new Set([...result.created, ...result.updated]);
  const rewrite = items.filter((i) => changed.has(i.row.id));
  const ids = rewrite.map((i) => i.row.id);
  for (const table of ['related_entity', 'item_preparer', 'item_concern', 'minutes_participant', 'recusal', 'substitute']) {
    await deleteChildren(sql, table, 'item_id', ids);
  }
  const related = rewrite.flatMap((i) => i.related.map((r, position) => ({ item: i.row.id, position, ...r })));
  await insertRows(
    sql,
    'related_entity',
    [
      col<(typeof related)[number]>('item_id', 'text[]', (r) => r.item),
      col<(typeof related)[number]>('position', 'int[]', (r) => r.position),
      col<(typeof related)[number]>('entity_type', 'text[]', (r) => r.entity_type),
      col<(typeof related)[number]>('organization_id', 'text[]', (r) => r.organization_id),
      col<(typeof related)[number]>('person_id', 'text[]', (r) => r.person_id),
      col<(typeof related)[number]>('role', 'text[]', (r) => r.role),
      col<(typeof related)[number]>('on_behalf_of', 'text[]', (r) => r.on_behalf_of),
      col<(typeof related)[number]>('note', 'text[]', (r) => r.note),
    ],
    related,
  );
  await insertPersonList(
    sql,
    'item_preparer',
    rewrite.map((i) => [i.row.id, i.preparers] as const),
  );
  await insertPersonList(
    sql,
    'minutes_participant',
    rewrite.map((i) => [i.row.id, i.minutesParticipants] as const),
  );
  const concerns = rewrite.flatMap((i) => i.concerns.map((c, position) => ({ item: i.row.id, position, ...c })));
  await insertRows(
    sql,
    'item_concern',
    [
      col<(typeof concerns)[number]>('item_id', 'text[]', (c) => c.item),
      col<(typeof concerns)[number]>('position', 'int[]', (c) => c.position),
      col<(typeof concerns)[number]>('person_id', 'text[]', (c) => c.person_id),
      col<(typeof concerns)[number]>('text', 'text[]', (c) => c.text),
    ],
    concerns,
  );
  const recusals = rewrite.flatMap((i) => i.recusals.map((r, position) => ({ item: i.row.id, position, ...r })));
  await insertRows(
    sql,
    'recusal',
    [
      col<(typeof recusals)[number]>('item_id', 'text[]', (r) => r.item),
      col<(typeof recusals)[number]>('position', 'int[]', (r) => r.position),
      col<(typeof recusals)[number]>('person_id', 'text[]', (r) => r.person_id),
      col<(typeof recusals)[number]>('grounds', 'text[][]', (r) => r.grounds),
      col<(typeof recusals)[number]>('decided_by', 'text[]', (r) => r.decided_by),
    ],
    recusals,
  );
  const substitutes = rewrite.flatMap((i) => i.substitutes.map((s, position) => ({ item: i.row.id, position, ...s })));
  await insertRows(
    sql,
    'substitute',
    [
      col<(typeof substitutes)[number]>('item_id', 'text[]', (s) => s.item),
      col<(typeof substitutes)[number]>('position', 'int[]', (s) => s.position),
      col<(typeof substitutes)[number]>('person_id', 'text[]', (s) => s.person_id),
      col<(typeof substitutes)[number]>('for_person_id', 'text[]', (s) => s.for_person_id),
    ],
    substitutes,
  );
  return counts(items.length, result);
}

async function insertPersonList(sql: Sql, table: string, lists: (readonly [string, string[]])[]) {
  const rows = lists.flatMap(([item, persons]) => persons.map((person, position) => ({ item, person, position })));
  await insertRows(
    sql,
    table,
    [
      col<(typeof rows)[number]>('item_id', 'text[]', (r) => r.item),
      col<(typeof rows)[number]>('person_id', 'text[]', (r) => r.person),
      col<(typeof rows)[number]>('position', 'int[]', (r) => r.position),
    ],
    rows,
  );
}

/**
 * An agenda item belongs to one meeting for good: its minutes, findings and history are that
 * meeting's. A file giving a stored item's id under another meeting is refused (the editor
 * answers the same with CONFLICT), rather than moving the item silently.
 */
async function refuseMovedItems(sql: Sql, events: NonNullable<Dataset['events']>, eventOffset: number): Promise<void> {
  const given = events.flatMap((e, i) =>
    e.agenda.map((item, j) => ({ id: item.id, meeting: e.id, path: `events[${eventOffset + i}].agenda[${j}].id` })),
  );
  if (given.length === 0) return;
  const stored = (await sql(
    `select a.id, a.meeting_id from agenda_item a join unnest(?::text[], ?::text[]) as g(id, meeting_id) on g.id = a.id where a.meeting_id <> g.meeting_id`,
    [arrayLiteral(given.map((g) => g.id)), arrayLiteral(given.map((g) => g.meeting))],
  )) as { id: string; meeting_id: string }[];
  if (stored.length === 0) return;
  const owner = new Map(stored.map((r) => [r.id, r.meeting_id]));
  const moved = given.filter((g) => owner.has(g.id) && owner.get(g.id) !== g.meeting);
  throw AppError.badInput(
    `${moved.length} agenda item(s) already belong to another meeting; nothing was imported`,
    moved.map((g) => ({
      path: g.path,
      message: `agenda item "${g.id}" belongs to meeting "${owner.get(g.id)}"; an item cannot move to another meeting`,
      code: 'item_moved',
    })),
  );
}

/** A meeting in the file has exactly the agenda the file gives: items no longer listed go. */
async function removeDroppedItems(sql: Sql, meetingIds: string[], itemIds: string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await sql(`delete from agenda_item where meeting_id = any(?::text[]) and not (id = any(?::text[])) returning meeting_id`, [
    arrayLiteral(meetingIds),
    arrayLiteral(itemIds),
  ]);
  return new Set(rows.map((r) => String(r.meeting_id)));
}
