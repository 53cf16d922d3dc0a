import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import type { Mention } from '../detection';
import { catalogue, fill } from '../rules';
import type { Lang } from '../rules/report';
import { arrayLiteral } from '../database/sql-batch';
import { CounterpartyDetector } from './counterparty-detector';
import type { Principal } from '../auth/roles';

/** Who reads a check's notes: secretaries and auditors, so as restricted as they are. */
const RESTRICTED_VIEWER: Principal = { sub: 'check-notes', roles: ['auditor'], person: null, bodies: [] };

const seesEveryone = (viewer: Principal | null) => viewer === null || viewer.roles.includes('admin');

/** The mention without candidates the viewer may not see; none when nothing is left. */
function withoutHidden<M extends Mention>(m: M, hidden: ReadonlySet<string>): M[] {
  if (hidden.size === 0) return [m];
  const isHidden = (c: { entityType: string; entityId: string }) => c.entityType === 'person' && hidden.has(c.entityId);
  const candidates = m.candidates.filter((c) => !isHidden(c));
  if (candidates.length === m.candidates.length) return [m];
  if (candidates.length === 0) return [];
  const ambiguous = candidates.length > 1;
  return [{ ...m, candidates, ambiguous, entityType: candidates[0].entityType, entityId: ambiguous ? null : candidates[0].entityId }];
}

export type SuggestionStatus = 'new' | 'related' | 'accepted' | 'rejected';

export interface Suggestion extends Mention {
  field: 'title' | 'description';
  entityName: string | null;
  status: SuggestionStatus;
}

interface ItemText {
  id: string;
  title: string;
  description: string | null;
}

/**
 * Counterparties found in an item's title and description, suggested to the secretary with
 * what they decided before; the check lists the ones nobody has looked at yet.
 */
@Injectable()
export class CounterpartiesService {
  constructor(
    private readonly em: EntityManager,
    private readonly detector: CounterpartyDetector,
  ) {}

  /** The suggestions for one item, as `viewer` may see them (see `forItems`). */
  async suggestions(itemId: string, viewer: Principal | null): Promise<Suggestion[]> {
    const sql = sqlRunner(this.em.fork());
    const [item] = await sql('select id, title, description from agenda_item where id = ?', [itemId]);
    if (!item) throw AppError.notFound('agenda item', itemId);
    const items = [{ id: String(item.id), title: String(item.title), description: (item.description as string | null) ?? null }];
    return (await this.forItems(sql, items, viewer)).get(itemId) ?? [];
  }

  /**
   * Suggestions for several items at once (three statements plus the matcher). Persons who hold
   * no position (relatives) are registry entries only administrators may see: for anyone else
   * they are never suggested, so a guessed name typed into an item reveals nothing.
   */
  async forItems(sql: SqlRunner, items: ItemText[], viewer: Principal | null): Promise<Map<string, Suggestion[]>> {
    const result = new Map<string, Suggestion[]>();
    if (items.length === 0) return result;
    const ids = arrayLiteral(items.map((i) => i.id));
    // What the secretary already recorded: related entities, and accepted or rejected mentions.
    const known = await sql(
      `select 'related' as source, item_id, entity_type, coalesce(organization_id, person_id) as entity_id, null as status
       from related_entity where item_id = any(?::text[])
       union all select 'decided', item_id, entity_type, entity_id, status from counterparty_decision where item_id = any(?::text[])`,
      [ids, ids],
    );
    const keyOf = (r: Record<string, unknown>) => `${String(r.item_id)}|${String(r.entity_type)}|${String(r.entity_id)}`;
    const related = new Set(known.filter((r) => r.source === 'related').map(keyOf));
    const decided = new Map(known.filter((r) => r.source === 'decided').map((r) => [keyOf(r), String(r.status) as SuggestionStatus]));
    const scanned = await this.detector.detect(
      sql,
      items.flatMap((item) => [item.title, item.description ?? '']),
    );
    const hidden = seesEveryone(viewer) ? new Set<string>() : await this.hiddenPersons(sql, scanned.flat(), viewer);
    const found = items.map((item, i) => ({
      item,
      mentions: [
        ...scanned[2 * i].map((m) => ({ ...m, field: 'title' as const })),
        ...scanned[2 * i + 1].map((m) => ({ ...m, field: 'description' as const })),
      ].flatMap((m) => withoutHidden(m, hidden)),
    }));
    const names = await this.names(
      sql,
      found.flatMap((f) => f.mentions.flatMap((m) => m.candidates)),
    );
    for (const { item, mentions } of found) {
      result.set(
        item.id,
        mentions.map((m) => {
          const key = `${item.id}|${m.entityType}|${m.entityId}`;
          const status: SuggestionStatus = !m.entityId ? 'new' : related.has(key) ? 'related' : (decided.get(key) ?? 'new');
          return { ...m, entityName: m.entityId ? (names.get(`${m.entityType}|${m.entityId}`) ?? null) : null, status };
        }),
      );
    }
    return result;
  }

  /**
   * Notes for the check: mentions in an item's text that are neither related nor decided. The
   * check is read by secretaries and auditors, so the notes never name a person who holds no
   * position.
   */
  async notes(sql: SqlRunner, items: ItemText[], lang: Lang): Promise<Map<string, string[]>> {
    const notes = new Map<string, string[]>();
    for (const [itemId, suggestions] of await this.forItems(sql, items, RESTRICTED_VIEWER)) {
      const open = suggestions.filter((s) => s.status === 'new');
      const seen = new Set<string>();
      for (const s of open) {
        const what = s.entityName ?? s.surface;
        if (seen.has(what)) continue;
        seen.add(what);
        const text = fill(catalogue(lang).notes.mention, { what, surface: s.surface });
        notes.set(itemId, [...(notes.get(itemId) ?? []), text]);
      }
    }
    return notes;
  }

  /**
   * Refuses an entity the caller may not see (a person without a position, for anyone but an
   * administrator) as NOT_FOUND, the answer for an id that does not exist.
   */
  async assertVisible(sql: SqlRunner, entityType: 'organization' | 'person', entityId: string, viewer: Principal | null): Promise<void> {
    if (entityType !== 'person' || seesEveryone(viewer)) return;
    const hidden = await this.hiddenPersons(sql, [{ candidates: [{ entityType, entityId }] }], viewer);
    if (hidden.has(entityId)) throw AppError.notFound('person', entityId);
  }

  async decide(
    actor: Actor,
    itemId: string,
    entityType: 'organization' | 'person',
    entityId: string,
    status: 'accepted' | 'rejected',
    note: string | null,
    sql?: SqlRunner,
  ): Promise<void> {
    const write = async (run: SqlRunner) => {
      const [item] = await run('select id from agenda_item where id = ?', [itemId]);
      if (!item) throw AppError.notFound('agenda item', itemId);
      await this.assertVisible(run, entityType, entityId, actor.principal);
      const [entity] = await run(`select id from ${entityType === 'person' ? 'person' : 'organization'} where id = ?`, [entityId]);
      if (!entity) throw AppError.notFound(entityType === 'person' ? 'person' : 'organisation', entityId);
      await run(
        `insert into counterparty_decision (item_id, entity_type, entity_id, status, note, decided_by) values (?, ?, ?, ?, ?, ?)
         on conflict (item_id, entity_type, entity_id) do update set status = excluded.status, note = excluded.note,
           decided_by = excluded.decided_by, decided_at = now()`,
        [itemId, entityType, entityId, status, note, actor.sub],
      );
      await appendAudit(run, actor, {
        action: `counterparty.${status}`,
        subjectType: 'agenda_item',
        subjectId: itemId,
        details: { entityType, entityId, note },
      });
    };
    if (sql) return write(sql);
    await this.em.fork().transactional((tem) => write(sqlRunner(tem)));
  }

  /** The persons among the mentions' candidates who hold no position and are not the viewer. */
  private async hiddenPersons(sql: SqlRunner, mentions: Pick<Mention, 'candidates'>[], viewer: Principal | null): Promise<Set<string>> {
    const ids = [...new Set(mentions.flatMap((m) => m.candidates.filter((c) => c.entityType === 'person').map((c) => c.entityId)))].filter(
      (id) => id !== viewer?.person,
    );
    if (ids.length === 0) return new Set();
    const rows = await sql(
      `select u.id from unnest(?::text[]) as u(id) where not exists (select 1 from membership m where m.person_id = u.id)`,
      [arrayLiteral(ids)],
    );
    return new Set(rows.map((r) => String(r.id)));
  }

  private async names(sql: SqlRunner, refs: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
    if (refs.length === 0) return new Map();
    const ids = (type: string) => arrayLiteral([...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))]);
    const orgs = ids('organization');
    const people = ids('person');
    // One primary-key lookup per id (the lateral `offset 0` keeps the planner from trading a few
    // hundred of them for a scan of every organisation, which it estimates as cheaper).
    const rows = await sql(
      `select 'organization' as t, o.id, o.name from unnest(?::text[]) as u(id) cross join lateral (select id, name from organization where id = u.id offset 0) o
       union all select 'person', p.id, p.name from unnest(?::text[]) as u(id) cross join lateral (select id, name from person where id = u.id offset 0) p`,
      [orgs, people],
    );
    return new Map(rows.map((r) => [`${String(r.t)}|${String(r.id)}`, String(r.name)]));
  }
}
