import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { audit, evaluate, toAuditDocument, toCheckDocument } from '../rules';
import type { AuditReport, CheckReport, Lang } from '../rules/report';
import type { Facts } from '../rules/facts';
import { arrayLiteral } from '../import/sql-batch';
import { FactsLoader } from './facts-loader';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';

export interface StoredCheck {
  runId: string;
  createdAt: string;
  report: CheckReport;
  /** Finding ids, in the report's order (item by item). */
  findingIds: string[][];
}

/**
 * Runs the engine on one meeting: loads its facts, evaluates them as of the meeting's date,
 * and stores the run (report, ruleset, date, who asked) with one row per finding, in one
 * transaction, so anyone can later see what the secretary was told.
 */
@Injectable()
export class ChecksService {
  constructor(
    private readonly em: EntityManager,
    private readonly loader: FactsLoader,
  ) {}

  async check(meetingId: string, actor: Actor, options: { lang?: Lang } = {}): Promise<StoredCheck> {
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const facts = await this.loader.load(sql, meetingId);
      const report = evaluate(facts, undefined, { lang: options.lang ?? 'fi' });
      const stored = await this.store(sql, report, options.lang ?? 'fi', actor.sub);
      await appendAudit(sql, actor, { action: 'check.run', subjectType: 'meeting', subjectId: meetingId, details: { runId: stored.runId } });
      return stored;
    });
  }

  async audit(meetingId: string): Promise<AuditReport> {
    const sql = sqlRunner(this.em.fork());
    const facts = await this.loader.load(sql, meetingId);
    const upstream = await this.upstreamFacts(sql, facts);
    return audit(facts, upstream);
  }

  checkDocument(report: CheckReport) {
    return toCheckDocument(report);
  }

  auditDocument(report: AuditReport) {
    return toAuditDocument(report);
  }

  /** The meetings of the items that prepared this meeting's items (one level, KHO:2018:24). */
  private async upstreamFacts(sql: SqlRunner, facts: Facts): Promise<Facts[]> {
    const itemIds = facts.meeting.agenda.map((i) => i.preparedIn).filter((id): id is string => Boolean(id));
    if (itemIds.length === 0) return [];
    const rows = await sql('select distinct meeting_id from agenda_item where id = any(?::text[]) order by meeting_id', [arrayLiteral(itemIds)]);
    const upstream: Facts[] = [];
    for (const row of rows) upstream.push(await this.loader.load(sql, String(row.meeting_id)));
    return upstream;
  }

  private async store(sql: SqlRunner, report: CheckReport, lang: string, requestedBy: string | null): Promise<StoredCheck> {
    const [run] = await sql(
      `insert into check_run (meeting_id, ruleset, meeting_date, requested_by, lang, report)
       values (?, ?, ?::date, ?, ?, ?::jsonb) returning id, created_at`,
      [report.meetingId, report.ruleset, report.date, requestedBy, lang, JSON.stringify(toCheckDocument(report))],
    );
    const runId = String(run.id);
    const rows = report.items.flatMap((item) => item.findings.map((f) => ({ item: item.itemId, f })));
    const ids = rows.map(() => randomUUID());
    if (rows.length > 0) {
      await sql(
        `insert into finding (id, run_id, item_id, person_id, capacity, outcome, lean, grounds, explanation, evidence)
         select u.id::uuid, ?::uuid, u.item, u.person, u.capacity, u.outcome, u.lean,
                array(select jsonb_array_elements_text(u.grounds::jsonb)), u.explanation, u.evidence::jsonb
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as u(id, item, person, capacity, outcome, lean, grounds, explanation, evidence)`,
        [
          runId,
          arrayLiteral(ids),
          arrayLiteral(rows.map((r) => r.item)),
          arrayLiteral(rows.map((r) => r.f.personId)),
          arrayLiteral(rows.map((r) => r.f.capacity)),
          arrayLiteral(rows.map((r) => r.f.outcome)),
          arrayLiteral(rows.map((r) => r.f.lean ?? null)),
          arrayLiteral(rows.map((r) => JSON.stringify(r.f.grounds))),
          arrayLiteral(rows.map((r) => r.f.explanation)),
          arrayLiteral(rows.map((r) => JSON.stringify(r.f.evidence))),
        ],
      );
    }
    let k = 0;
    const findingIds = report.items.map((item) => item.findings.map(() => ids[k++]));
    return { runId, createdAt: new Date(run.created_at as string).toISOString(), report, findingIds };
  }
}
