import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner } from '../database/sql';
import { readMeeting } from './meeting-reader';
import type { MeetingModel } from './models/meeting.model';
import type { MeetingSummaryModel } from './models/meeting-summary.model';
import type { MeetingsArgs } from './dto/meetings.args';

@Injectable()
export class MeetingsService {
  constructor(private readonly em: EntityManager) {}

  /** Meetings by date then id, filtered by body, period and status. */
  async list(args: MeetingsArgs): Promise<Page<MeetingSummaryModel>> {
    const limit = args.first ?? 50;
    const after = decodeCursor(args.after, 2);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (args.from && args.to && args.from > args.to) {
      throw AppError.badInput(`"from" (${args.from}) is after "to" (${args.to})`, [
        { path: 'from', message: `"from" (${args.from}) is after "to" (${args.to})` },
      ]);
    }
    if (args.bodyId && (await sqlRunner(this.em)('select 1 from organization where id = ?', [args.bodyId])).length === 0) {
      throw AppError.badInput(`no body "${args.bodyId}"`, [{ path: 'bodyId', message: `no body "${args.bodyId}"` }]);
    }
    if (args.bodyId) add('m.body_id = ?', args.bodyId);
    if (args.from) add('m.meeting_date >= ?::date', args.from);
    if (args.to) add('m.meeting_date <= ?::date', args.to);
    if (args.status) add('m.status = ?', args.status);
    if (after) add('(m.meeting_date, m.id) > (?::date, ?)', after[0], after[1]);
    const rows = await sqlRunner(this.em)(
      `select m.id, m.body_id, m.name, m.starts_at, m.meeting_date::text as date, m.status,
              (select count(*) from agenda_item i where i.meeting_id = m.id)::int as item_count
       from meeting m ${where.length ? `where ${where.join(' and ')}` : ''}
       order by m.meeting_date, m.id limit ?`,
      [...params, limit + 1],
    );
    const nodes = rows.map((r) => ({
      id: String(r.id),
      bodyId: String(r.body_id),
      name: (r.name as string | null) ?? null,
      startsAt: String(r.starts_at),
      date: String(r.date),
      status: String(r.status),
      itemCount: Number(r.item_count),
    }));
    return toPage(nodes, limit, (m) => [m.date, m.id]);
  }

  async get(id: string): Promise<MeetingModel> {
    const sql = sqlRunner(this.em.fork());
    const m = await readMeeting(sql, id);
    const versions = new Map(
      (
        await sql(`select id, version from agenda_item where meeting_id = ? union all select '', version from meeting where id = ?`, [
          id,
          id,
        ])
      ).map((r) => [String(r.id), Number(r.version)]),
    );
    const [published] = await sql('select agenda_published_at from meeting where id = ?', [id]);
    return {
      id: m.id,
      version: versions.get('') ?? 1,
      bodyId: m.organizationId,
      name: m.name ?? null,
      startsAt: m.startDate,
      date: m.startDate.slice(0, 10),
      status: m.status,
      agendaPublishedAt: published?.agenda_published_at ? new Date(published.agenda_published_at as string).toISOString() : null,
      expectedAbsent: [...m.expectedAbsent],
      participants: m.participants.map((p) => ({ ...p })),
      agenda: m.agenda.map((i) => ({
        id: i.id,
        version: versions.get(i.id) ?? 1,
        order: i.order,
        title: i.title,
        description: i.description ?? null,
        relatedEntities: i.relatedEntities.map((r) => ({ ...r, onBehalfOf: r.onBehalfOf ?? null, note: r.note ?? null })),
        preparedBy: [...i.preparedBy],
        presentedBy: i.presentedBy ?? null,
        preparedIn: i.preparedIn ?? null,
        urgent: Boolean(i.urgent),
        concerns: i.concerns.map((c) => ({ ...c })),
        record: i.record
          ? {
              participants: [...i.record.participants],
              recusals: i.record.recusals.map((r) => ({ personId: r.personId, grounds: [...r.grounds], decidedBy: r.decidedBy ?? null })),
              substitutes: i.record.substitutes.map((s) => ({ ...s })),
            }
          : null,
      })),
    };
  }
}
