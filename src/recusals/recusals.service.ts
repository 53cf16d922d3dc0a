import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { FactsLoader } from '../checks/facts-loader';
import { ChecksService } from '../checks/checks.service';
import type { RecusalFilter } from './dto/recusal-filter.input';
import { assertFilter } from './filter-check';
import type { RecusalRecordModel } from './models/recusal.model';

/** How many held meetings one missed-recusals query audits at most. */
const MAX_AUDITED_MEETINGS = 2000;

function meetingWhere(filter: RecusalFilter | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter?.bodyId) {
    where.push('m.body_id = ?');
    params.push(filter.bodyId);
  }
  if (filter?.organizationId) {
    where.push('b.parent_id = ?');
    params.push(filter.organizationId);
  }
  if (filter?.from) {
    where.push('m.meeting_date >= ?::date');
    params.push(filter.from);
  }
  if (filter?.to) {
    where.push('m.meeting_date <= ?::date');
    params.push(filter.to);
  }
  return where;
}

/** The auditor's history: recorded recusals, and recusals that should have happened. */
@Injectable()
export class RecusalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly loader: FactsLoader,
    private readonly checks: ChecksService,
  ) {}

  /** Every recorded and missed recusal the filter selects (for a download), newest first. */
  async all(filter: RecusalFilter | undefined): Promise<(RecusalRecordModel & { kind: 'recorded' | 'missed' })[]> {
    const out: (RecusalRecordModel & { kind: 'recorded' | 'missed' })[] = [];
    for (const kind of ['recorded', 'missed'] as const) {
      let after: string | undefined;
      for (;;) {
        const page = kind === 'recorded' ? await this.recorded(filter, 500, after) : await this.missed(filter, 500, after);
        out.push(...page.nodes.map((n) => ({ ...n, kind })));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
    }
    return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }

  async recorded(filter: RecusalFilter | undefined, first = 50, after?: string): Promise<Page<RecusalRecordModel>> {
    const cursor = decodeCursor(after, 3);
    await assertFilter(sqlRunner(this.em.fork()), filter);
    const params: unknown[] = [];
    const where = meetingWhere(filter, params);
    if (filter?.personId) {
      where.push('r.person_id = ?');
      params.push(filter.personId);
    }
    if (filter?.ground) {
      where.push('? = any(r.grounds)');
      params.push(filter.ground);
    }
    if (cursor) {
      where.push('(m.meeting_date, i.id, r.id) > (?::date, ?, ?)');
      params.push(cursor[0], cursor[1], cursor[2]);
    }
    const rows = await sqlRunner(this.em.fork())(
      `select r.id, m.id as meeting_id, m.meeting_date::text as date, m.body_id, b.name as body_name, i.id as item_id, i.title,
              r.person_id, p.name as person_name, r.grounds, r.decided_by
       from recusal r join agenda_item i on i.id = r.item_id join meeting m on m.id = i.meeting_id
       join organization b on b.id = m.body_id join person p on p.id = r.person_id
       ${where.length ? `where ${where.join(' and ')}` : ''}
       order by m.meeting_date, i.id, r.id limit ?`,
      [...params, first + 1],
    );
    const nodes = rows.map((r) => ({
      key: [String(r.date), String(r.item_id), Number(r.id)] as (string | number)[],
      meetingId: String(r.meeting_id),
      date: String(r.date),
      bodyId: String(r.body_id),
      bodyName: String(r.body_name),
      itemId: String(r.item_id),
      itemTitle: String(r.title),
      personId: String(r.person_id),
      personName: String(r.person_name),
      grounds: r.grounds as string[],
      decidedBy: (r.decided_by as string | null) ?? null,
    }));
    const page = toPage(nodes, first, (n) => n.key);
    return { ...page, nodes: page.nodes.map(({ key: _key, ...n }) => n) };
  }

  /**
   * Missed recusals across held meetings: each meeting is audited as of its own date (the same
   * audit as meetingAudit), then filtered by person and ground.
   */
  async missed(filter: RecusalFilter | undefined, first = 50, after?: string): Promise<Page<RecusalRecordModel>> {
    const cursor = decodeCursor(after, 3);
    const sql = sqlRunner(this.em.fork());
    await assertFilter(sql, filter);
    const params: unknown[] = [];
    const where = ["m.status = 'held'", ...meetingWhere(filter, params)];
    const meetings = await sql(
      `select m.id, m.meeting_date::text as date, m.body_id, b.name as body_name from meeting m join organization b on b.id = m.body_id
       where ${where.join(' and ')} order by m.meeting_date, m.id limit ?`,
      [...params, MAX_AUDITED_MEETINGS],
    );
    const found: (RecusalRecordModel & { key: (string | number)[] })[] = [];
    for (const meeting of meetings) {
      if (cursor && String(meeting.date) < String(cursor[0])) continue;
      for (const missed of await this.missedIn(sql, String(meeting.id))) {
        if (filter?.personId && missed.personId !== filter.personId) continue;
        if (filter?.ground && !missed.grounds.some((g) => g === filter.ground)) continue;
        const key = [String(meeting.date), missed.itemId, missed.personId];
        if (cursor && JSON.stringify(key) <= JSON.stringify(cursor)) continue;
        found.push({
          ...missed,
          key,
          meetingId: String(meeting.id),
          date: String(meeting.date),
          bodyId: String(meeting.body_id),
          bodyName: String(meeting.body_name),
        });
        if (found.length > first) break;
      }
      if (found.length > first) break;
    }
    const page = toPage(found, first, (n) => n.key);
    return { ...page, nodes: page.nodes.map(({ key: _key, ...n }) => n) };
  }

  private async missedIn(sql: SqlRunner, meetingId: string) {
    const facts = await this.loader.load(sql, meetingId);
    const report = await this.checks.auditFacts(sql, facts);
    const titles = new Map(facts.meeting.agenda.map((i) => [i.id, i.title]));
    const names = new Map(facts.persons.map((p) => [p.id, p.name]));
    return report.items.flatMap((item) =>
      item.missedRecusals.map((m) => ({
        itemId: item.itemId,
        itemTitle: titles.get(item.itemId) ?? item.itemId,
        personId: m.personId,
        personName: names.get(m.personId) ?? m.personId,
        grounds: [...m.grounds],
        decidedBy: null,
      })),
    );
  }
}
