import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { audit, evaluate, MAX_UPSTREAM_STAGES, toAuditDocument, toCheckDocument } from '../rules';
import type { AuditReport, CheckReport, Lang } from '../rules/report';
import type { Facts } from '../rules/facts';
import { arrayLiteral } from '../database/sql-batch';
import { FactsLoader } from './facts-loader';
import { AppError } from '../common/app-error';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import type { CheckDocument } from '../rules/interchange';
import { factsHash } from './facts-hash';
import { canonical, diffReports, type CheckChanges } from './check-diff';
import { withVerdicts } from './verdict-facts';
import { withAnnouncements, withNotes, type Announcement } from './announcements';
import { latestDecisions } from './decisions';
import { CounterpartiesService } from '../counterparties/counterparties.service';

export interface StoredCheck {
  /** Null only for a result that was not stored (a GET request that found the latest run outdated). */
  runId: string | null;
  createdAt: string;
  report: CheckReport;
  /** Finding ids, in the report's order (item by item). */
  findingIds: string[][];
  /** What changed since the meeting's previous run (null for the first run). */
  changes?: CheckChanges | null;
  /** What changed since the agenda went out (`publishAgenda`); null before that and once held. */
  sinceAgenda?: CheckChanges | null;
  agendaPublishedAt?: string | null;
  /** The latest decision per finding id (carried over from the previous run where unchanged). */
  decisions?: Map<string, DecisionView>;
}

interface StoredRun {
  id: string;
  createdAt: string;
  factsHash: string;
  report: CheckDocument;
}

export interface DecisionView {
  status: string;
  note: string | null;
  by: string;
  at: string;
}

export interface HistoricalCheck {
  knownOn: string;
  report: CheckReport;
  comparedRunId: string | null;
  comparedRunAt: string | null;
  /** The ruleset the compared run was evaluated with (an older run keeps its own, e.g. fi-2026.1). */
  comparedRunRuleset: string | null;
  changes: CheckChanges | null;
}

export interface CheckStatus {
  lastRunId: string | null;
  lastRunAt: string | null;
  /** True when the facts changed since the last run, or there is none. */
  stale: boolean;
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
    private readonly counterparties: CounterpartiesService,
  ) {}

  /**
   * The meeting's check as of now. A run is stored only when the result differs from the
   * latest stored run (api.md, "The meeting cycle"): the same facts, agenda and decisions give
   * the same `runId`, and its `changes` stay those since the run before it. With `store: false`
   * (a GET request) nothing is written: an unchanged result is the latest run, a changed one
   * comes back unstored (`runId` null).
   */
  async check(meetingId: string, actor: Actor, options: { lang?: Lang; store?: boolean } = {}): Promise<StoredCheck> {
    const lang = options.lang ?? 'fi';
    const store = options.store ?? true;
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      // One check of a meeting at a time, so two equal requests cannot both store a run.
      if (store) await sql('select pg_advisory_xact_lock(hashtext(?))', [`check_run:${meetingId}`]);
      // The counterparty scan needs only the items' texts: it starts as soon as they are read and
      // runs in the matcher's thread while the loader reads the registry.
      let notes: Promise<Map<string, string[]>> = Promise.resolve(new Map<string, string[]>());
      const loaded = await this.loader.load(sql, meetingId, {
        onMeeting: (meeting) => {
          notes = this.counterparties.notes(
            sql,
            meeting.agenda.map((i) => ({ id: i.id, title: i.title, description: i.description ?? null })),
            lang,
          );
          notes.catch(() => undefined); // awaited below; the loader may fail first
        },
      });
      const facts = await withVerdicts(sql, loaded);
      const evaluated = withAnnouncements(evaluate(facts, undefined, { lang }), await this.announcements(sql, meetingId), lang);
      const report = withNotes(evaluated, await notes);
      const document = toCheckDocument(report);
      const hash = factsHash(facts);
      const [latest, before] = await this.recentRuns(sql, meetingId);
      const baseline = await this.baselineRun(sql, meetingId);

      if (latest && canonical(latest.report) === canonical(document)) {
        // The same result: the latest run still says it; it now also describes these facts.
        if (store && latest.factsHash !== hash) await sql('update check_run set facts_hash = ? where id = ?::uuid', [hash, latest.id]);
        if (store)
          await appendAudit(sql, actor, {
            action: 'check.read',
            subjectType: 'meeting',
            subjectId: meetingId,
            details: { runId: latest.id },
          });
        return {
          runId: latest.id,
          createdAt: latest.createdAt,
          report,
          findingIds: await this.findingIdsOf(sql, latest.id, report),
          changes: before ? diffReports(before.id, before.report, document) : null,
          sinceAgenda: baseline ? diffReports(baseline.id, baseline.report, document) : null,
          agendaPublishedAt: baseline?.publishedAt ?? null,
          decisions: await latestDecisions(sql, latest.id),
        };
      }
      const changes = latest ? diffReports(latest.id, latest.report, document) : null;
      const sinceAgenda = baseline ? diffReports(baseline.id, baseline.report, document) : null;
      if (!store) {
        return {
          runId: null,
          createdAt: new Date().toISOString(),
          report,
          findingIds: report.items.map((item) => item.findings.map((f) => `${item.itemId}:${f.personId}:${f.capacity}`)),
          changes,
          sinceAgenda,
          agendaPublishedAt: baseline?.publishedAt ?? null,
          decisions: new Map(),
        };
      }
      const stored = await this.store(sql, report, lang, actor.sub, hash);
      await this.carryOverDecisions(sql, latest?.id ?? null, stored.runId);
      await appendAudit(sql, actor, {
        action: 'check.run',
        subjectType: 'meeting',
        subjectId: meetingId,
        details: { runId: stored.runId },
      });
      return {
        ...stored,
        changes,
        sinceAgenda,
        agendaPublishedAt: baseline?.publishedAt ?? null,
        decisions: await latestDecisions(sql, stored.runId),
      };
    });
  }

  /** The meeting's latest two runs, newest first. */
  private async recentRuns(sql: SqlRunner, meetingId: string): Promise<StoredRun[]> {
    const rows = await sql(
      'select id, created_at, facts_hash, report from check_run where meeting_id = ? order by created_at desc, id desc limit 2',
      [meetingId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      createdAt: new Date(r.created_at as string).toISOString(),
      factsHash: String(r.facts_hash),
      report: r.report as CheckDocument,
    }));
  }

  /** The run the agenda went out with (`publishAgenda`), while the meeting is not yet held. */
  private async baselineRun(sql: SqlRunner, meetingId: string): Promise<(StoredRun & { publishedAt: string }) | null> {
    const [row] = await sql(
      `select r.id, r.created_at, r.facts_hash, r.report, m.agenda_published_at from meeting m join check_run r on r.id = m.published_run_id
       where m.id = ? and m.status <> 'held'`,
      [meetingId],
    );
    if (!row) return null;
    return {
      id: String(row.id),
      createdAt: new Date(row.created_at as string).toISOString(),
      factsHash: String(row.facts_hash),
      report: row.report as CheckDocument,
      publishedAt: new Date(row.agenda_published_at as string).toISOString(),
    };
  }

  /** A stored run's finding ids in the report's order (item by item). */
  private async findingIdsOf(sql: SqlRunner, runId: string, report: CheckReport): Promise<string[][]> {
    const rows = await sql('select id, item_id, person_id, capacity from finding where run_id = ?::uuid', [runId]);
    const ids = new Map(rows.map((r) => [`${String(r.item_id)}\u0000${String(r.person_id)}\u0000${String(r.capacity)}`, String(r.id)]));
    return report.items.map((item) =>
      item.findings.map((f) => {
        const id = ids.get(`${item.itemId}\u0000${f.personId}\u0000${f.capacity}`);
        if (!id) throw new Error(`run ${runId}: no stored finding for ${item.itemId}/${f.personId}/${f.capacity}`);
        return id;
      }),
    );
  }

  /**
   * The check as it would have come out with the registry as recorded at `knownOn` (not
   * stored), compared with a stored run: the given one, or the last one made by then. Equal
   * results mean the secretary was told what the data said; differences that appear only with
   * later knowledge are data that arrived late.
   */
  async historical(meetingId: string, knownOn: Date, runId?: string): Promise<HistoricalCheck> {
    const sql = sqlRunner(this.em.fork());
    const facts = await withVerdicts(sql, await this.loader.load(sql, meetingId, { knownOn }), knownOn);
    const report = withAnnouncements(evaluate(facts), await this.announcements(sql, meetingId, knownOn), 'fi');
    const [run] = runId
      ? await sql('select id, created_at, ruleset, report from check_run where id::text = ? and meeting_id = ?', [runId, meetingId])
      : await sql(
          `select id, created_at, ruleset, report from check_run where meeting_id = ? and date_trunc('milliseconds', created_at) <= ?::timestamptz
           order by created_at desc, id desc limit 1`,
          [meetingId, knownOn.toISOString()],
        );
    if (runId && !run) throw AppError.notFound('check run', runId);
    return {
      knownOn: knownOn.toISOString(),
      report,
      comparedRunId: run ? String(run.id) : null,
      comparedRunAt: run ? new Date(run.created_at as string).toISOString() : null,
      comparedRunRuleset: run ? String(run.ruleset) : null,
      changes: run ? diffReports(String(run.id), run.report as CheckDocument, toCheckDocument(report)) : null,
    };
  }

  /** Whether the meeting's last check still describes today's facts (null: never checked). */
  async status(meetingId: string): Promise<CheckStatus> {
    const sql = sqlRunner(this.em.fork());
    const facts = await withVerdicts(sql, await this.loader.load(sql, meetingId));
    const [last] = await sql(
      'select id, created_at, facts_hash from check_run where meeting_id = ? order by created_at desc, id desc limit 1',
      [meetingId],
    );
    if (!last) return { lastRunId: null, lastRunAt: null, stale: true };
    return {
      lastRunId: String(last.id),
      lastRunAt: new Date(last.created_at as string).toISOString(),
      stale: last.facts_hash !== factsHash(facts),
    };
  }

  /** Officials' self-recusals for the meeting's items (with `knownOn`: those announced by then). */
  private async announcements(sql: SqlRunner, meetingId: string, knownOn?: Date): Promise<Announcement[]> {
    const rows = await sql(
      `select s.item_id, s.person_id, p.name, s.grounds, s.note from self_recusal s join person p on p.id = s.person_id
       join agenda_item i on i.id = s.item_id where i.meeting_id = ? and s.announced_at <= coalesce(?::timestamptz, 'infinity')
         and (s.withdrawn_at is null or s.withdrawn_at > coalesce(?::timestamptz, 'infinity'))
       order by s.announced_at, s.id`,
      [meetingId, knownOn ? knownOn.toISOString() : null, knownOn ? knownOn.toISOString() : null],
    );
    return rows.map((r) => ({
      itemId: String(r.item_id),
      personId: String(r.person_id),
      name: String(r.name),
      grounds: r.grounds as string[],
      note: (r.note as string | null) ?? null,
    }));
  }

  /**
   * A decision on a finding stands while the finding is the same: when a new run repeats a
   * finding unchanged (same item, person, capacity, outcome, lean and grounds), the latest
   * decision on it is copied to the new run's finding.
   */
  private async carryOverDecisions(sql: SqlRunner, previousRunId: string | null, runId: string): Promise<void> {
    if (!previousRunId) return;
    await sql(
      `insert into finding_decision (finding_id, status, note, decided_by, decided_at)
       select n.id, d.status, d.note, d.decided_by, d.decided_at
       from finding n
       join finding o on o.run_id = ?::uuid and o.item_id = n.item_id and o.person_id = n.person_id and o.capacity = n.capacity
                     and o.outcome = n.outcome and o.lean is not distinct from n.lean and o.grounds = n.grounds
       join lateral (select * from finding_decision where finding_id = o.id order by decided_at desc, id desc limit 1) d on true
       where n.run_id = ?::uuid`,
      [previousRunId, runId],
    );
  }

  /**
   * The audit of a meeting (legal-grounds §8). With `heldOnly`, a meeting that is not held is
   * refused (`BAD_USER_INPUT`): there are no minutes to audit.
   */
  async audit(meetingId: string, options: { lang?: Lang; heldOnly?: boolean } = {}): Promise<AuditReport> {
    const sql = sqlRunner(this.em.fork());
    const facts = await this.loader.load(sql, meetingId);
    if (options.heldOnly && facts.meeting.status !== 'held') {
      const message = `meeting "${meetingId}" has not been held (status ${facts.meeting.status}): there are no minutes to audit`;
      throw AppError.badInput(message, []);
    }
    return this.auditFacts(sql, facts, options);
  }

  /** The audit of a loaded meeting, with the facts of the meetings that prepared its items, at every stage. */
  async auditFacts(sql: SqlRunner, facts: Facts, options: { lang?: Lang } = {}): Promise<AuditReport> {
    return audit(facts, await this.upstreamFacts(sql, facts), { lang: options.lang });
  }

  checkDocument(report: CheckReport) {
    return toCheckDocument(report);
  }

  auditDocument(report: AuditReport) {
    return toAuditDocument(report);
  }

  /**
   * The meetings of every stage up the `prepared_in` chains of this meeting's items (KHO:2018:24;
   * KHO 17.8.2017 T 3890): found in one recursive statement (at most `MAX_UPSTREAM_STAGES` steps
   * up, a cycle cut by the path it has walked), then each meeting loaded once as for a check.
   */
  private async upstreamFacts(sql: SqlRunner, facts: Facts): Promise<Facts[]> {
    const itemIds = facts.meeting.agenda.map((i) => i.preparedIn).filter((id): id is string => Boolean(id));
    if (itemIds.length === 0) return [];
    const rows = await sql(
      `with recursive chain(id, meeting_id, prepared_in_id, stage, path) as (
         select i.id, i.meeting_id, i.prepared_in_id, 1, array[i.id]::text[] from agenda_item i where i.id = any(?::text[])
         union all
         select i.id, i.meeting_id, i.prepared_in_id, c.stage + 1, c.path || i.id::text
         from chain c join agenda_item i on i.id = c.prepared_in_id
         where c.stage < ? and not i.id = any(c.path)
       )
       select distinct meeting_id from chain where meeting_id <> ? order by meeting_id`,
      [arrayLiteral(itemIds), MAX_UPSTREAM_STAGES, facts.meeting.id],
    );
    const upstream: Facts[] = [];
    for (const row of rows) upstream.push(await this.loader.load(sql, String(row.meeting_id)));
    return upstream;
  }

  /** The run and its findings in one statement (the findings' insert reads the run's new id). */
  private async store(
    sql: SqlRunner,
    report: CheckReport,
    lang: string,
    requestedBy: string | null,
    hash: string,
  ): Promise<StoredCheck & { runId: string }> {
    const rows = report.items.flatMap((item) => item.findings.map((f) => ({ item: item.itemId, f })));
    const ids = rows.map(() => randomUUID());
    const [run] = await sql(
      `with run as (
         insert into check_run (meeting_id, ruleset, meeting_date, requested_by, lang, facts_hash, report)
         values (?, ?, ?::date, ?, ?, ?, ?::jsonb) returning id, created_at
       ), stored as (
         insert into finding (id, run_id, item_id, person_id, capacity, outcome, lean, grounds, explanation, evidence)
         select u.id::uuid, run.id, u.item, u.person, u.capacity, u.outcome, u.lean,
                array(select jsonb_array_elements_text(u.grounds::jsonb)), u.explanation, u.evidence::jsonb
         from run, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as u(id, item, person, capacity, outcome, lean, grounds, explanation, evidence)
       )
       select id, created_at from run`,
      [
        report.meetingId,
        report.ruleset,
        report.date,
        requestedBy,
        lang,
        hash,
        JSON.stringify(toCheckDocument(report)),
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
    const runId = String(run.id);
    let k = 0;
    const findingIds = report.items.map((item) => item.findings.map(() => ids[k++]));
    return { runId, createdAt: new Date(run.created_at as string).toISOString(), report, findingIds };
  }
}
