import { randomUUID } from 'node:crypto';
import type { Lang } from '../rules/report';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { lockFactsRevision } from '../database/facts-revision';
import { INTEREST, InterestRepository } from '../interests/interest.repository';
import type { InterestKind, RelationshipKind } from '../common/vocabulary';
import { membershipSql } from '../memberships/membership.repository';
import { WarningsCache, type MeetingWarnings } from './warnings-cache';
import { evaluate } from '../rules';
import { FactsLoader } from '../checks/facts-loader';
import { writeDataset } from '../import/dataset-writer';
import { isGroundCode } from '../import/validation';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { assertReferences } from '../meetings/references';
import type { WarningModel } from './models/warning.model';
import type { SelfRecusalModel } from './models/self-recusal.model';
import type { DeclareInterestInput, RecordRelationshipInput } from './dto/official-inputs';

/** How many upcoming meetings one warnings query evaluates at most. */
const MAX_MEETINGS = 100;

/** The official's own view: warnings, declarations and announcements, always about themselves. */
@Injectable()
export class OfficialsService {
  constructor(
    private readonly em: EntityManager,
    private readonly loader: FactsLoader,
    private readonly cache: WarningsCache,
  ) {}

  /**
   * Own findings in meetings in [from, to]: of bodies where the person sits (a seat not ended
   * more than the holdover's reach before `from`), or attends, presents or prepares an item.
   * Each meeting is evaluated whole (a deputy's finding depends on who else is disqualified)
   * and at most once per facts revision (`WarningsCache`).
   */
  async warnings(personId: string, from: string, to: string | null, lang: Lang = 'fi'): Promise<WarningModel[]> {
    if (to && from > to)
      throw AppError.badInput(`"from" (${from}) is after "to" (${to})`, [
        { path: 'from', message: `"from" (${from}) is after "to" (${to})` },
      ]);
    const sql = sqlRunner(this.em.fork());
    // The facts revision is read in the same statement (the same snapshot) as the meetings:
    // every later read sees these facts or newer ones.
    const meetings = await sql(
      `with mine(id) as (
         select m.id from meeting m
         where m.body_id in (${membershipSql.bodiesOf})
         union select meeting_id from meeting_participant where person_id = ?
         union select meeting_id from agenda_item where presented_by_id = ?
         union select i.meeting_id from item_preparer p join agenda_item i on i.id = p.item_id where p.person_id = ?
       )
       select m.id, (select facts_revision::text from registry_revision where id = 1) as revision
       from meeting m join mine on mine.id = m.id
       where m.meeting_date >= ?::date and (?::date is null or m.meeting_date <= ?::date)
       order by m.meeting_date, m.id limit ?`,
      [personId, from, personId, personId, personId, from, to, to, MAX_MEETINGS],
    );
    const warnings: WarningModel[] = [];
    for (const { id, revision } of meetings) {
      const meetingId = String(id);
      const byPerson = await this.cache.get(String(revision ?? '0'), `${meetingId}|${lang}`, () =>
        this.meetingWarnings(sql, meetingId, lang),
      );
      warnings.push(...(byPerson.get(personId) ?? []));
    }
    return warnings;
  }

  /** Everyone's findings in one meeting, by person. */
  private async meetingWarnings(sql: SqlRunner, meetingId: string, lang: Lang): Promise<MeetingWarnings> {
    const facts = await this.loader.load(sql, meetingId);
    const report = evaluate(facts, undefined, { lang });
    const titles = new Map(facts.meeting.agenda.map((i) => [i.id, i.title]));
    const byPerson = new Map<string, WarningModel[]>();
    for (const item of report.items) {
      for (const f of item.findings) {
        const warning: WarningModel = {
          meetingId: facts.meeting.id,
          meetingName: facts.meeting.name ?? null,
          date: report.date,
          bodyId: report.bodyId,
          itemId: item.itemId,
          itemTitle: titles.get(item.itemId) ?? item.itemId,
          personId: f.personId,
          capacity: f.capacity,
          outcome: f.outcome,
          lean: f.lean ?? null,
          grounds: [...f.grounds],
          explanation: f.explanation,
          evidence: f.evidence.map((e) => ({ kind: e.kind, id: e.id ?? null, text: e.text })),
        };
        const list = byPerson.get(f.personId);
        if (list) list.push(warning);
        else byPerson.set(f.personId, [warning]);
      }
    }
    return byPerson;
  }

  async declareInterest(actor: Actor, personId: string, input: DeclareInterestInput, today: string): Promise<string> {
    const id = `interest-${randomUUID()}`;
    await this.write(actor, 'interest.declare', id, async (sql) => {
      if (input.organizationId)
        await assertReferences(sql, [{ kind: 'organization', id: input.organizationId, path: 'input.organizationId' }]);
      return {
        interests: [
          {
            id,
            person_id: personId,
            organization_id: input.organizationId,
            kind: input.kind as InterestKind,
            description: input.description,
            material: input.material,
            declared_on: today,
            start_date: input.startDate ?? today,
          },
        ],
      };
    });
    return id;
  }

  async endInterest(actor: Actor, personId: string, id: string, endDate: string): Promise<void> {
    await this.write(actor, 'interest.end', id, async (sql) => {
      const row = await new InterestRepository(sql).lock(id);
      if (!row || row.personId !== personId) throw AppError.notFound('interest', id);
      if (row.startDate && row.startDate > endDate) {
        throw AppError.badInput('endDate is before the interest began', [{ path: 'endDate', message: `before ${row.startDate}` }]);
      }
      return { interests: [INTEREST.toRecord({ ...row, endDate })] };
    });
  }

  async recordRelationship(actor: Actor, personId: string, input: RecordRelationshipInput): Promise<string> {
    if (!input.relativeId && !input.relativeName) {
      throw AppError.badInput('name the relative', [{ path: 'input.relativeId', message: 'give relativeId or relativeName' }]);
    }
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      throw AppError.badInput('endDate is before startDate', [{ path: 'input.endDate', message: 'before startDate' }]);
    }
    const id = `relationship-${randomUUID()}`;
    const relativeId = input.relativeId ?? `person-${randomUUID()}`;
    if (relativeId === personId)
      throw AppError.badInput('a relationship needs two persons', [{ path: 'input.relativeId', message: 'is you' }]);
    await this.write(actor, 'relationship.record', id, async (sql) => {
      // A person the official could not see otherwise counts as unknown, so the answer (all their
      // relationships, with names) cannot turn a guessed id into a name.
      if (input.relativeId)
        await assertReferences(sql, [{ kind: 'person', id: input.relativeId, path: 'input.relativeId' }], actor.principal);
      return {
        persons: input.relativeId ? [] : [{ id: relativeId, name: input.relativeName! }],
        relationships: [
          {
            id,
            person_id: personId,
            relative_id: relativeId,
            kind: input.kind as RelationshipKind,
            start_date: input.startDate,
            end_date: input.endDate,
          },
        ],
      };
    });
    return id;
  }

  async announceRecusal(actor: Actor, personId: string, itemId: string, grounds: string[], note: string | null): Promise<SelfRecusalModel> {
    const bad = grounds.map((g, i) => ({ g, i })).filter(({ g }) => !isGroundCode(g));
    if (bad.length > 0)
      throw AppError.badInput(
        'unknown ground code',
        bad.map(({ g, i }) => ({ path: `grounds[${i}]`, message: `unknown ground code "${g}"` })),
      );
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      await assertReferences(sql, [{ kind: 'item', id: itemId, path: 'itemId' }]);
      const [row] = await sql(
        `insert into self_recusal (item_id, person_id, grounds, note) values (?, ?, ?::text[], ?) returning id, announced_at`,
        [itemId, personId, `{${grounds.join(',')}}`, note],
      );
      await appendAudit(sql, actor, { action: 'recusal.announce', subjectType: 'agenda_item', subjectId: itemId, details: { grounds } });
      const [meeting] = await sql(
        'select m.agenda_published_at, m.status from agenda_item i join meeting m on m.id = i.meeting_id where i.id = ?',
        [itemId],
      );
      return {
        id: String(row.id),
        itemId,
        personId,
        grounds,
        note,
        announcedAt: new Date(row.announced_at as string).toISOString(),
        withdrawable: !meeting?.agenda_published_at && meeting?.status !== 'held',
      };
    });
  }

  /** The official's own announced self-recusals that stand, newest first, each saying whether it can still be withdrawn. */
  async recusals(personId: string): Promise<SelfRecusalModel[]> {
    const rows = await sqlRunner(this.em.fork())(
      `select s.id, s.item_id, s.person_id, s.grounds, s.note, s.announced_at, m.agenda_published_at, m.status
       from self_recusal s join agenda_item i on i.id = s.item_id join meeting m on m.id = i.meeting_id
       where s.person_id = ? and s.withdrawn_at is null order by s.announced_at desc, s.id`,
      [personId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      itemId: String(r.item_id),
      personId: String(r.person_id),
      grounds: r.grounds as string[],
      note: (r.note as string | null) ?? null,
      announcedAt: new Date(r.announced_at as string).toISOString(),
      withdrawable: !r.agenda_published_at && r.status !== 'held',
    }));
  }

  /**
   * Withdraws an own announcement while the agenda has not gone out: once it has, the summons
   * was sent on it, and the body decides (HL 29). Kept with the time, for historical checks.
   */
  async withdrawRecusal(actor: Actor, personId: string, id: string): Promise<boolean> {
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const [row] = await sql(
        `select s.item_id, m.agenda_published_at, m.status from self_recusal s join agenda_item i on i.id = s.item_id join meeting m on m.id = i.meeting_id
         where s.id::text = ? and s.person_id = ? and s.withdrawn_at is null for update of s`,
        [id, personId],
      );
      if (!row) throw AppError.notFound('self-recusal', id);
      if (row.agenda_published_at || row.status === 'held') {
        throw new AppError('CONFLICT', 'the agenda has gone out: ask the secretary, the body decides on your recusal', [
          { path: 'id', message: 'the agenda has gone out' },
        ]);
      }
      await sql('update self_recusal set withdrawn_at = now() where id = ?::uuid', [id]);
      await appendAudit(sql, actor, {
        action: 'recusal.withdraw',
        subjectType: 'agenda_item',
        subjectId: String(row.item_id),
        details: { id },
      });
      return true;
    });
  }

  private async write(actor: Actor, action: string, subjectId: string, build: (sql: ReturnType<typeof sqlRunner>) => Promise<object>) {
    await this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      await lockFactsRevision(sql);
      const document = await build(sql);
      await writeDataset(sql, { format: 'jaavi-dataset/1', ...document });
      await appendAudit(sql, actor, { action, subjectType: action.split('.')[0], subjectId });
    });
  }
}
