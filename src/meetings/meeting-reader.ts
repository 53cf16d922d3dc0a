import { AppError } from '../common/app-error';
import type { SqlRunner } from '../database/sql';
import type { AgendaItemFact, MeetingFact } from '../rules/facts';
import { groupBy, jsonValue, nullableString as str } from '../database/rows';

/**
 * A meeting with its agenda, participants and minutes, in three statements. Shared by the
 * facts loader and the read API. With `knownOn`, the meeting and its items as they were
 * recorded at that instant (see `readMeetingKnownOn`).
 */
export async function readMeeting(sql: SqlRunner, meetingId: string, options: { knownOn?: Date } = {}): Promise<MeetingFact> {
  if (options.knownOn) return readMeetingKnownOn(sql, meetingId, options.knownOn);
  const [meeting] = await sql(
    `select m.id, m.body_id, m.name, m.starts_at, m.status,
            coalesce((select json_agg(json_build_object('personId', person_id, 'role', role) order by person_id, role)
                      from meeting_participant where meeting_id = m.id), '[]') as participants,
            coalesce((select json_agg(person_id order by person_id) from expected_absence where meeting_id = m.id), '[]') as absent
     from meeting m where m.id = ?`,
    [meetingId],
  );
  if (!meeting) throw AppError.notFound('meeting', meetingId);
  const items = await sql(
    `select i.id, i.item_order, i.title, i.description, i.presented_by_id, i.prepared_in_id, i.urgent, i.has_record
     from agenda_item i where i.meeting_id = ? order by i.item_order, i.id`,
    [meetingId],
  );
  const children = await sql(
    `select 'related' as kind, item_id, position, json_build_object('entityType', entity_type,
              'entityId', coalesce(organization_id, person_id), 'role', role, 'onBehalfOf', on_behalf_of, 'note', note) as data
       from related_entity where item_id in (select id from agenda_item where meeting_id = ?)
     union all select 'preparer', item_id, position, to_json(person_id) from item_preparer
       where item_id in (select id from agenda_item where meeting_id = ?)
     union all select 'concern', item_id, position, json_build_object('personId', person_id, 'text', text) from item_concern
       where item_id in (select id from agenda_item where meeting_id = ?)
     union all select 'minutes', item_id, position, to_json(person_id) from minutes_participant
       where item_id in (select id from agenda_item where meeting_id = ?)
     union all select 'recusal', item_id, position, json_build_object('personId', person_id, 'grounds', grounds, 'decidedBy', decided_by)
       from recusal where item_id in (select id from agenda_item where meeting_id = ?)
     union all select 'substitute', item_id, position, json_build_object('personId', person_id, 'forPersonId', for_person_id)
       from substitute where item_id in (select id from agenda_item where meeting_id = ?)
     order by 1, 2, 3`,
    [meetingId, meetingId, meetingId, meetingId, meetingId, meetingId],
  );
  const byItem = groupBy(children, 'item_id');
  const agenda = items.map((i): AgendaItemFact => {
    const rows = byItem.get(String(i.id)) ?? [];
    const of = <T>(kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.data as T);
    return {
      id: String(i.id),
      order: Number(i.item_order),
      title: String(i.title),
      description: str(i.description),
      relatedEntities: of<AgendaItemFact['relatedEntities'][number]>('related'),
      preparedBy: of<string>('preparer'),
      presentedBy: str(i.presented_by_id),
      preparedIn: str(i.prepared_in_id),
      urgent: Boolean(i.urgent),
      concerns: of<AgendaItemFact['concerns'][number]>('concern'),
      record: i.has_record ? { participants: of<string>('minutes'), recusals: of('recusal'), substitutes: of('substitute') } : null,
    };
  });
  return {
    id: String(meeting.id),
    organizationId: String(meeting.body_id),
    name: str(meeting.name),
    startDate: String(meeting.starts_at),
    status: meeting.status as MeetingFact['status'],
    participants: jsonValue<MeetingFact['participants']>(meeting.participants),
    expectedAbsent: jsonValue<string[]>(meeting.absent),
    agenda,
  };
}

/**
 * The meeting as recorded at an instant: each row is the version current then (the live row if
 * it was recorded by then, else the history version whose recorded interval holds the instant),
 * built by the same SQL document functions the history triggers store. Items added later are
 * left out; items removed or moved to another meeting later are still there.
 */
async function readMeetingKnownOn(sql: SqlRunner, meetingId: string, knownOn: Date): Promise<MeetingFact> {
  if (Number.isNaN(knownOn.getTime())) throw new Error('knownOn is not a valid instant');
  const at = knownOn.toISOString();
  const [meeting] = await sql(
    `select meeting_document(m) as document from meeting m where m.id = ? and m.recorded_at <= ?::timestamptz
     union all select document from meeting_history where id = ? and recorded_from <= ?::timestamptz and recorded_to > ?::timestamptz`,
    [meetingId, at, meetingId, at, at],
  );
  if (!meeting) {
    throw new AppError('NOT_FOUND', `meeting "${meetingId}" was not recorded by ${at}`, [
      { path: 'knownOn', message: `meeting "${meetingId}" was not recorded by ${at}` },
    ]);
  }
  const items = await sql(
    `select agenda_item_document(i) as document from agenda_item i where i.meeting_id = ? and i.recorded_at <= ?::timestamptz
     union all select document from agenda_item_history where meeting_id = ? and recorded_from <= ?::timestamptz and recorded_to > ?::timestamptz`,
    [meetingId, at, meetingId, at, at],
  );
  const agenda = items
    .map((row) => jsonValue<AgendaItemFact>(row.document))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...jsonValue<Omit<MeetingFact, 'agenda'>>(meeting.document), agenda };
}
