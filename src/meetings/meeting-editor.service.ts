import type { ParticipantRole, RelatedEntityRole } from '../common/vocabulary';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { writeDataset } from '../import/dataset-writer';
import { lockFactsRevision } from '../database/facts-revision';
import { isGroundCode } from '../import/validation';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { readMeeting } from './meeting-reader';
import { eventFromMeeting, type EventRecord, type ItemRecord } from './meeting-event';
import { assertNoPreparedInCycle, assertReferences, type Reference } from './references';
import type {
  AddAgendaItemInput,
  AgendaItemFields,
  CreateMeetingInput,
  MinutesInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from './dto/meeting-inputs';

/**
 * The secretary's edits of meetings and agendas. Each edit reads the stored meeting, applies
 * the change, checks every reference, and writes it back through the import's writer in one
 * transaction; the version given must be the stored one (optimistic locking), else CONFLICT.
 */
/**
 * An id that is taken: CONFLICT when the caller may see what holds it, otherwise the answer the
 * access check gives for another body's meeting, so a secretary cannot probe other bodies' ids.
 */
function conflictIfVisible(actor: Actor, bodyId: unknown, message: string): never {
  const principal = actor.principal;
  const sees = !principal || principal.roles.some((r) => r !== 'secretary') || principal.bodies.includes(String(bodyId));
  if (!sees) throw new AppError('FORBIDDEN', 'this meeting belongs to a body you do not serve');
  throw new AppError('CONFLICT', message, [{ path: 'input.id', message: 'already exists' }]);
}

@Injectable()
export class MeetingEditorService {
  constructor(private readonly em: EntityManager) {}

  createMeeting(actor: Actor, input: CreateMeetingInput): Promise<string> {
    const id = input.id ?? `meeting-${randomUUID()}`;
    return this.edit(actor, 'meeting.create', id, async (sql) => {
      const [existing] = await sql('select body_id from meeting where id = ?', [id]);
      if (existing) conflictIfVisible(actor, existing.body_id, `meeting "${id}" already exists`);
      await assertReferences(sql, [
        { kind: 'body', id: input.bodyId, path: 'input.bodyId' },
        ...(input.expectedAbsent ?? []).map((p, i): Reference => ({ kind: 'person', id: p, path: `input.expectedAbsent[${i}]` })),
        ...(input.participants ?? []).map((p, i): Reference => ({
          kind: 'person',
          id: p.personId,
          path: `input.participants[${i}].personId`,
        })),
      ]);
      return {
        id,
        organization_id: input.bodyId,
        name: input.name?.trim() || (await defaultName(sql, input.bodyId, input.startsAt)),
        start_date: input.startsAt,
        status: input.status ?? 'planned',
        expected_absent: input.expectedAbsent ?? [],
        participants: (input.participants ?? []).map((p) => ({ person_id: p.personId, role: p.role as ParticipantRole })),
        agenda: [],
      };
    });
  }

  updateMeeting(actor: Actor, input: UpdateMeetingInput): Promise<string> {
    return this.edit(actor, 'meeting.update', input.id, async (sql) => {
      const event = await this.lockedMeeting(sql, input.id, input.version, 'input.version');
      await assertReferences(sql, [
        ...(input.expectedAbsent ?? []).map((p, i): Reference => ({ kind: 'person', id: p, path: `input.expectedAbsent[${i}]` })),
        ...(input.participants ?? []).map((p, i): Reference => ({
          kind: 'person',
          id: p.personId,
          path: `input.participants[${i}].personId`,
        })),
      ]);
      return {
        ...event,
        name: input.name ?? event.name,
        start_date: input.startsAt ?? event.start_date,
        status: input.status ?? event.status,
        expected_absent: input.expectedAbsent ?? event.expected_absent,
        participants: input.participants
          ? input.participants.map((p) => ({ person_id: p.personId, role: p.role as ParticipantRole }))
          : event.participants,
      };
    });
  }

  addAgendaItem(actor: Actor, input: AddAgendaItemInput): Promise<string> {
    const itemId = input.id ?? `item-${randomUUID()}`;
    return this.edit(
      actor,
      'agenda_item.create',
      input.meetingId,
      async (sql) => {
        const [existing] = await sql('select m.body_id from agenda_item a join meeting m on m.id = a.meeting_id where a.id = ?', [itemId]);
        if (existing) conflictIfVisible(actor, existing.body_id, `agenda item "${itemId}" already exists`);
        if (!input.title) throw AppError.badInput('input.title: required', [{ path: 'input.title', message: 'required' }]);
        const event = eventFromMeeting(await readMeeting(sql, input.meetingId));
        await assertReferences(sql, itemReferences(input), actor.principal);
        const order = input.order ?? Math.max(0, ...event.agenda.map((i) => i.order)) + 1;
        const item = applyItemFields({ id: itemId, order, title: input.title }, input);
        return { ...event, agenda: [...event.agenda, item] };
      },
      itemId,
    );
  }

  updateAgendaItem(actor: Actor, input: UpdateAgendaItemInput): Promise<string> {
    return this.withItem(actor, 'agenda_item.update', input.id, input.version, async (sql, event) => {
      await assertReferences(sql, itemReferences(input), actor.principal);
      await assertNoPreparedInCycle(sql, input.id, input.preparedIn, 'input.preparedIn');
      return { ...event, agenda: event.agenda.map((i) => (i.id === input.id ? applyItemFields(i, input) : i)) };
    });
  }

  removeAgendaItem(actor: Actor, id: string, version: number): Promise<string> {
    return this.withItem(actor, 'agenda_item.delete', id, version, async (_sql, event) => ({
      ...event,
      agenda: event.agenda.filter((i) => i.id !== id),
    }));
  }

  /** Adds a related entity to an item as it stands now (accepting a suggested counterparty). */
  async appendRelatedEntity(
    actor: Actor,
    itemId: string,
    entity: { entityType: 'organization' | 'person'; entityId: string; role: string; note?: string },
    alsoWrite?: (sql: SqlRunner) => Promise<void>,
  ): Promise<string> {
    const [row] = await sqlRunner(this.em.fork())('select version from agenda_item where id = ?', [itemId]);
    if (!row) throw AppError.notFound('agenda item', itemId);
    return this.withItem(actor, 'agenda_item.update', itemId, Number(row.version), async (sql, event) => {
      await assertReferences(sql, [{ kind: entity.entityType, id: entity.entityId, path: 'entityId' }], actor.principal);
      if (alsoWrite) await alsoWrite(sql);
      return {
        ...event,
        agenda: event.agenda.map((i) => {
          if (i.id !== itemId) return i;
          const existing = i.related_entities ?? [];
          if (existing.some((r) => r.entity_type === entity.entityType && r.entity_id === entity.entityId && r.role === entity.role))
            return i;
          const added = {
            entity_type: entity.entityType,
            entity_id: entity.entityId,
            role: entity.role as RelatedEntityRole,
            note: entity.note,
          };
          return { ...i, related_entities: [...existing, added] };
        }),
      };
    });
  }

  recordMinutes(actor: Actor, input: MinutesInput): Promise<string> {
    return this.withItem(actor, 'minutes.record', input.itemId, input.version, async (sql, event) => {
      const badGrounds = input.recusals.flatMap((r, i) =>
        (r.grounds ?? []).map((g, j) => ({ g, path: `input.recusals[${i}].grounds[${j}]` })).filter(({ g }) => !isGroundCode(g)),
      );
      if (badGrounds.length > 0) {
        throw AppError.badInput(
          'unknown ground code',
          badGrounds.map(({ g, path }) => ({ path, message: `unknown ground code "${g}"` })),
        );
      }
      await assertReferences(sql, [
        ...input.participants.map((p, i): Reference => ({ kind: 'person', id: p, path: `input.participants[${i}]` })),
        ...input.recusals.map((r, i): Reference => ({ kind: 'person', id: r.personId, path: `input.recusals[${i}].personId` })),
        ...input.substitutes.flatMap((s, i): Reference[] => [
          { kind: 'person', id: s.personId, path: `input.substitutes[${i}].personId` },
          { kind: 'person', id: s.forPersonId, path: `input.substitutes[${i}].forPersonId` },
        ]),
      ]);
      const record = {
        participants: input.participants,
        recusals: input.recusals.map((r) => ({ person_id: r.personId, grounds: r.grounds ?? [], decided_by: r.decidedBy })),
        substitutes: input.substitutes.map((s) => ({ person_id: s.personId, for_person_id: s.forPersonId })),
      };
      return { ...event, agenda: event.agenda.map((i) => (i.id === input.itemId ? { ...i, record } : i)) };
    });
  }

  /** An edit of one item: its meeting is read and written whole, the item's version checked. */
  private async withItem(
    actor: Actor,
    action: string,
    itemId: string,
    version: number,
    change: (sql: SqlRunner, event: EventRecord) => Promise<EventRecord>,
  ): Promise<string> {
    const [row] = await sqlRunner(this.em.fork())('select meeting_id from agenda_item where id = ?', [itemId]);
    if (!row) throw AppError.notFound('agenda item', itemId);
    return this.edit(
      actor,
      action,
      String(row.meeting_id),
      async (sql) => {
        const [locked] = await sql('select version from agenda_item where id = ? for update', [itemId]);
        if (!locked) throw AppError.notFound('agenda item', itemId);
        assertVersion(Number(locked.version), version, 'input.version', `agenda item "${itemId}"`);
        return change(sql, eventFromMeeting(await readMeeting(sql, String(row.meeting_id))));
      },
      itemId,
    );
  }

  private async lockedMeeting(sql: SqlRunner, id: string, version: number, path: string): Promise<EventRecord> {
    const [locked] = await sql('select version from meeting where id = ? for update', [id]);
    if (!locked) throw AppError.notFound('meeting', id);
    assertVersion(Number(locked.version), version, path, `meeting "${id}"`);
    return eventFromMeeting(await readMeeting(sql, id));
  }

  private async edit(
    actor: Actor,
    action: string,
    meetingId: string,
    build: (sql: SqlRunner) => Promise<EventRecord>,
    subjectId: string = meetingId,
  ): Promise<string> {
    await this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      await lockFactsRevision(sql);
      if (action !== 'minutes.record') await assertNotHeld(sql, meetingId);
      const event = await build(sql);
      await writeDataset(sql, { format: 'jaavi-dataset/1', events: [event] });
      await appendAudit(sql, actor, { action, subjectType: action.split('.')[0], subjectId, details: { meetingId } });
    });
    return meetingId;
  }
}

/** A meeting created without a name is called by its body and date ("Kaupunginhallitus 14.12.2026"), never by its id. */
async function defaultName(sql: SqlRunner, bodyId: string, startsAt: string): Promise<string> {
  const [body] = await sql('select name from organization where id = ?', [bodyId]);
  const [y, m, d] = startsAt.slice(0, 10).split('-').map(Number);
  return `${String(body?.name ?? bodyId)} ${d}.${m}.${y}`;
}

/** api.md: a held meeting's agenda is locked; only its minutes can change. */
async function assertNotHeld(sql: SqlRunner, meetingId: string): Promise<void> {
  const [row] = await sql('select status from meeting where id = ?', [meetingId]);
  if (row?.status === 'held') {
    throw new AppError('CONFLICT', `meeting "${meetingId}" is held: its agenda is locked, only the minutes can be recorded`, [
      { path: 'input', message: 'the meeting is held' },
    ]);
  }
}

function assertVersion(stored: number, given: number, path: string, what: string): void {
  if (stored !== given) {
    throw new AppError('CONFLICT', `${what} was changed by someone else (version ${stored}, you edited ${given}); reload and try again`, [
      { path, message: `stored version is ${stored}` },
    ]);
  }
}

function itemReferences(input: AgendaItemFields): Reference[] {
  return [
    ...(input.relatedEntities ?? []).map((r, i): Reference => ({
      kind: r.entityType === 'person' ? 'person' : 'organization',
      id: r.entityId,
      path: `input.relatedEntities[${i}].entityId`,
    })),
    ...(input.preparedBy ?? []).map((p, i): Reference => ({ kind: 'person', id: p, path: `input.preparedBy[${i}]` })),
    ...(input.presentedBy ? [{ kind: 'person' as const, id: input.presentedBy, path: 'input.presentedBy' }] : []),
    ...(input.preparedIn ? [{ kind: 'item' as const, id: input.preparedIn, path: 'input.preparedIn' }] : []),
    ...(input.concerns ?? []).map((c, i): Reference => ({ kind: 'person', id: c.personId, path: `input.concerns[${i}].personId` })),
  ];
}

function applyItemFields(item: ItemRecord, input: AgendaItemFields): ItemRecord {
  return {
    ...item,
    order: input.order ?? item.order,
    title: input.title ?? item.title,
    description: input.description ?? item.description,
    related_entities: input.relatedEntities
      ? input.relatedEntities.map((r) => ({
          entity_type: r.entityType,
          entity_id: r.entityId,
          role: r.role as RelatedEntityRole,
          on_behalf_of: r.onBehalfOf,
          note: r.note,
        }))
      : item.related_entities,
    prepared_by: input.preparedBy ?? item.prepared_by,
    presented_by: input.presentedBy ?? item.presented_by,
    prepared_in: input.preparedIn ?? item.prepared_in,
    urgent: input.urgent ?? item.urgent,
    concerns: input.concerns ? input.concerns.map((c) => ({ person_id: c.personId, text: c.text })) : item.concerns,
  };
}
