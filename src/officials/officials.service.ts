import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner } from '../database/sql';
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
  ) {}

  /** Own findings in meetings in [from, to]: of bodies where the person sits, or attends. */
  async warnings(personId: string, from: string, to: string | null): Promise<WarningModel[]> {
    const sql = sqlRunner(this.em.fork());
    const meetings = await sql(
      `select m.id from meeting m
       where m.meeting_date >= ?::date and (?::date is null or m.meeting_date <= ?::date)
         and (exists (select 1 from membership ms where ms.person_id = ? and ms.organization_id = m.body_id)
           or exists (select 1 from meeting_participant mp where mp.meeting_id = m.id and mp.person_id = ?)
           or exists (select 1 from agenda_item i where i.meeting_id = m.id and i.presented_by_id = ?)
           or exists (select 1 from agenda_item i join item_preparer ip on ip.item_id = i.id where i.meeting_id = m.id and ip.person_id = ?))
       order by m.meeting_date, m.id limit ?`,
      [from, to, to, personId, personId, personId, personId, MAX_MEETINGS],
    );
    const warnings: WarningModel[] = [];
    for (const { id } of meetings) {
      const facts = await this.loader.load(sql, String(id));
      const report = evaluate(facts);
      for (const item of report.items) {
        const title = facts.meeting.agenda.find((i) => i.id === item.itemId)?.title ?? item.itemId;
        for (const f of item.findings.filter((x) => x.personId === personId)) {
          warnings.push({
            meetingId: facts.meeting.id,
            meetingName: facts.meeting.name ?? null,
            date: report.date,
            bodyId: report.bodyId,
            itemId: item.itemId,
            itemTitle: title,
            personId,
            capacity: f.capacity,
            outcome: f.outcome,
            lean: f.lean ?? null,
            grounds: [...f.grounds],
            explanation: f.explanation,
            evidence: f.evidence.map((e) => ({ kind: e.kind, id: e.id ?? null, text: e.text })),
          });
        }
      }
    }
    return warnings;
  }

  async declareInterest(actor: Actor, personId: string, input: DeclareInterestInput, today: string): Promise<string> {
    const id = `interest-${randomUUID()}`;
    await this.write(actor, 'interest.declare', id, async (sql) => {
      if (input.organizationId) await assertReferences(sql, [{ kind: 'organization', id: input.organizationId, path: 'input.organizationId' }]);
      return {
        interests: [
          {
            id,
            person_id: personId,
            organization_id: input.organizationId,
            kind: input.kind as never,
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
      const [row] = await sql(
        `select id, person_id, organization_id, kind, description, material, declared_on::text, start_date::text
         from interest where id = ? for update`,
        [id],
      );
      if (!row || row.person_id !== personId) throw AppError.notFound('interest', id);
      if (row.start_date && String(row.start_date) > endDate) {
        throw AppError.badInput('endDate is before the interest began', [{ path: 'endDate', message: `before ${String(row.start_date)}` }]);
      }
      const opt = (v: unknown) => (v === null ? undefined : v);
      return {
        interests: [
          {
            id,
            person_id: personId,
            organization_id: opt(row.organization_id),
            kind: row.kind,
            description: opt(row.description),
            material: opt(row.material),
            declared_on: opt(row.declared_on),
            start_date: opt(row.start_date),
            end_date: endDate,
          } as never,
        ],
      };
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
    if (relativeId === personId) throw AppError.badInput('a relationship needs two persons', [{ path: 'input.relativeId', message: 'is you' }]);
    await this.write(actor, 'relationship.record', id, async (sql) => {
      if (input.relativeId) await assertReferences(sql, [{ kind: 'person', id: input.relativeId, path: 'input.relativeId' }]);
      return {
        persons: input.relativeId ? [] : [{ id: relativeId, name: input.relativeName! }],
        relationships: [
          { id, person_id: personId, relative_id: relativeId, kind: input.kind as never, start_date: input.startDate, end_date: input.endDate },
        ],
      };
    });
    return id;
  }

  async announceRecusal(actor: Actor, personId: string, itemId: string, grounds: string[], note: string | null): Promise<SelfRecusalModel> {
    const bad = grounds.map((g, i) => ({ g, i })).filter(({ g }) => !isGroundCode(g));
    if (bad.length > 0) throw AppError.badInput('unknown ground code', bad.map(({ g, i }) => ({ path: `grounds[${i}]`, message: `unknown ground code "${g}"` })));
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      await assertReferences(sql, [{ kind: 'item', id: itemId, path: 'itemId' }]);
      const [row] = await sql(
        `insert into self_recusal (item_id, person_id, grounds, note) values (?, ?, ?::text[], ?) returning id, announced_at`,
        [itemId, personId, `{${grounds.join(',')}}`, note],
      );
      await appendAudit(sql, actor, { action: 'recusal.announce', subjectType: 'agenda_item', subjectId: itemId, details: { grounds } });
      return { id: String(row.id), itemId, personId, grounds, note, announcedAt: new Date(row.announced_at as string).toISOString() };
    });
  }

  private async write(actor: Actor, action: string, subjectId: string, build: (sql: ReturnType<typeof sqlRunner>) => Promise<object>) {
    await this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const document = await build(sql);
      await writeDataset(sql, { format: 'jaavi-dataset/1', ...document });
      await appendAudit(sql, actor, { action, subjectType: action.split('.')[0], subjectId });
    });
  }
}
