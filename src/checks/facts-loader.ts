import { Injectable } from '@nestjs/common';
import { readMeeting } from '../meetings/meeting-reader';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral } from '../import/sql-batch';
import { jsonValue, nullableString as str } from '../database/rows';
import type {
  Facts,
  MeetingFact,
  InterestFact,
  MembershipFact,
  OrganizationFact,
  RelationshipFact,
} from '../rules/facts';


/**
 * The tables to read: the current ones, or the registry as it was recorded at an instant (the
 * `*_known_on` functions over the history tables). The instant is a Date, written as a
 * canonical ISO literal, so nothing from the caller reaches the SQL text.
 */
function registryTables(knownOn?: Date): Record<'membership' | 'relationship' | 'interest', string> {
  if (!knownOn) return { membership: 'membership', relationship: 'relationship', interest: 'interest' };
  if (Number.isNaN(knownOn.getTime())) throw new Error('knownOn is not a valid instant');
  const at = `'${knownOn.toISOString()}'::timestamptz`;
  return {
    membership: `membership_known_on(${at})`,
    relationship: `relationship_known_on(${at})`,
    interest: `interest_known_on(${at})`,
  };
}

export interface LoadOptions {
  /** The registry as recorded at this instant (system time), not as it is now. */
  readonly knownOn?: Date;
  /** Called with the meeting and its agenda as soon as they are read, before the registry is. */
  readonly onMeeting?: (meeting: MeetingFact) => void;
}

/** How many relationship steps the kinship derivation follows (legal-grounds §2). */
const KINSHIP_STEPS = 3;

/** The kinds a derivation chain continues through (legal-grounds §2, either direction). */
const CHAIN_KINDS: ReadonlySet<string> = new Set([
  'spouse', 'cohabiting_partner', 'child', 'grandchild', 'sibling', 'parent', 'grandparent', 'aunt_uncle', 'niece_nephew',
]);

/**
 * Reads from the database everything the engine needs for one meeting, as of its date, in a
 * fixed number of statements whatever the registry's size (no query per person or per item),
 * each an index lookup whose size depends on the meeting, not on the registry:
 * the meeting and its agenda (3); the persons to evaluate, with everyone within three
 * relationship steps of them, one step per statement (4); their memberships in the
 * organisations that matter for this agenda (1); interests (1); persons (1); organisations
 * with their ancestors, enterprises, joint authorities and owners (1). Counted by a test.
 *
 * The memberships that matter (see `Facts`): every seat of the meeting's body; and for the
 * persons above, their memberships in an organisation the items name (as a party, affected,
 * represented or evaluated entity) or in the own organisation, or anywhere below one of those
 * (their bodies and enterprises: a seat on the county board is a position in the county); and
 * the later terms of the ended body seats among them (the holdover rule). A seat of a relative
 * in a company no item names cannot change any finding, and at national scale it is most of
 * the rows.
 */
@Injectable()
export class FactsLoader {
  async load(sql: SqlRunner, meetingId: string, options: LoadOptions = {}): Promise<Facts> {
    const t = registryTables(options.knownOn);
    const meeting = await readMeeting(sql, meetingId, { knownOn: options.knownOn });
    options.onMeeting?.(meeting);
    const date = meeting.startDate.slice(0, 10);
    const direct = new Set<string>();
    const named = new Set<string>();
    for (const p of meeting.participants) direct.add(p.personId);
    for (const id of meeting.expectedAbsent) direct.add(id);
    for (const item of meeting.agenda) {
      if (item.presentedBy) direct.add(item.presentedBy);
      item.preparedBy.forEach((id) => direct.add(id));
      item.concerns.forEach((c) => direct.add(c.personId));
      for (const r of item.relatedEntities) {
        if (r.entityType === 'person') direct.add(r.entityId);
        else named.add(r.entityId);
        if (r.onBehalfOf) named.add(r.onBehalfOf);
      }
      item.record?.participants.forEach((id) => direct.add(id));
      item.record?.recusals.forEach((r) => direct.add(r.personId));
      item.record?.substitutes.forEach((s) => {
        direct.add(s.personId);
        direct.add(s.forPersonId);
      });
    }

    // The persons to evaluate: those named by the meeting and the body's seats around its date.
    const seats = await sql(
      `select distinct person_id from ${t.membership} where organization_id = ? and (end_date is null or end_date >= ?::date - 400)`,
      [meeting.organizationId, date],
    );
    seats.forEach((r) => direct.add(String(r.person_id)));
    const { personIds, relationships } = await this.kinship(sql, t.relationship, [...direct]);

    const people = arrayLiteral(personIds);
    const columns = 'm.id, m.person_id, m.organization_id, m.role, m.start_date, m.end_date, m.deputy_for_id, m.group_name, m.deputy_order';
    const memberships = (
      await sql(
        // The organisations that matter: the named ones and the body's own chain, and everything
        // below them (each step an index lookup on parent_id). The seats in them, by person, and
        // every seat of the body. Then, for each ended body seat, the earliest later seat in the
        // same body: all the holdover rule needs (KL 79: it holds over until the next term
        // begins, so the earliest start decides).
        `with recursive own(id) as (
           select ?::text
           union select o.parent_id from own cross join lateral (select parent_id from organization where id = own.id offset 0) o
                 where o.parent_id is not null
         ), counted(id) as (
           select unnest(?::text[]) union select id from own
           union select o.id from counted c cross join lateral (select id from organization where parent_id = c.id offset 0) o
         ), seats as (
           select ${columns} from ${t.membership} m where m.person_id = any(?::text[]) and m.organization_id in (select id from counted)
           union select ${columns} from ${t.membership} m where m.organization_id = ?
         )
         select id, person_id, organization_id, role, start_date::text, end_date::text, deputy_for_id, group_name, deputy_order
         from (select * from seats
               union select n.* from (
                 select distinct organization_id, end_date from seats
                 where end_date < ?::date and role in ('chair', 'vice_chair', 'member', 'deputy')) e
               cross join lateral (
                 select ${columns} from ${t.membership} m where m.organization_id = e.organization_id and m.start_date > e.end_date
                 order by m.start_date, m.id limit 1) n) x`,
        [meeting.organizationId, arrayLiteral([...named]), people, meeting.organizationId, date],
      )
    ).map(
      (m): MembershipFact => ({
        id: String(m.id),
        personId: String(m.person_id),
        organizationId: String(m.organization_id),
        role: m.role as MembershipFact['role'],
        startDate: String(m.start_date),
        endDate: str(m.end_date),
        deputyFor: str(m.deputy_for_id),
        group: str(m.group_name),
        deputyOrder: m.deputy_order === null ? null : Number(m.deputy_order),
      }),
    );

    const interests = (
      await sql(
        `select id, person_id, organization_id, kind, description, material, declared_on::text, start_date::text, end_date::text
         from ${t.interest} where person_id = any(?::text[])`,
        [people],
      )
    ).map(
      (i): InterestFact => ({
        id: String(i.id),
        personId: String(i.person_id),
        organizationId: str(i.organization_id),
        kind: i.kind as InterestFact['kind'],
        description: str(i.description),
        material: i.material === null ? null : Boolean(i.material),
        declaredOn: str(i.declared_on),
        startDate: str(i.start_date),
        endDate: str(i.end_date),
      }),
    );

    const persons = (await sql(`select id, name from person where id = any(?::text[])`, [people])).map((p) => ({
      id: String(p.id),
      name: String(p.name),
    }));

    const orgIds = new Set<string>([meeting.organizationId, ...named]);
    memberships.forEach((m) => orgIds.add(m.organizationId));
    interests.forEach((i) => i.organizationId && orgIds.add(i.organizationId));
    const organizations = await this.loadOrganizations(sql, [...orgIds], meeting.organizationId);
    return { meeting, organizations, persons, memberships, relationships, interests };
  }

  /**
   * Everyone within three relationship steps of `seed`, in either direction, one statement per
   * step (each an index lookup on the frontier), and the relationships among them that lie on
   * those chains. From the second step on, only kinds that compose are followed (legal-grounds
   * §2): a chain through a former spouse, an especially close person, a cousin or "other" stops.
   */
  private async kinship(sql: SqlRunner, table: string, seed: string[]): Promise<{ personIds: string[]; relationships: RelationshipFact[] }> {
    const edges = new Map<string, RelationshipFact>();
    const byPerson = new Map<string, RelationshipFact[]>();
    const fetched = new Set<string>();
    const fetch = async (frontier: Iterable<string>) => {
      const wanted = [...frontier].filter((p) => !fetched.has(p));
      wanted.forEach((p) => fetched.add(p));
      if (wanted.length === 0) return;
      const ids = arrayLiteral(wanted);
      const rows = await sql(
        `select id, person_id, relative_id, kind, half::text, start_date::text, end_date::text from ${table} where person_id = any(?::text[])
         union select id, person_id, relative_id, kind, half::text, start_date::text, end_date::text from ${table} where relative_id = any(?::text[])`,
        [ids, ids],
      );
      for (const r of rows) {
        const id = String(r.id);
        if (edges.has(id)) continue;
        const edge: RelationshipFact = {
          id,
          personId: String(r.person_id),
          relativeId: String(r.relative_id),
          kind: r.kind as RelationshipFact['kind'],
          half: r.half === null ? null : r.half === 'true',
          startDate: str(r.start_date),
          endDate: str(r.end_date),
        };
        edges.set(id, edge);
        for (const end of [edge.personId, edge.relativeId]) {
          const list = byPerson.get(end);
          if (list) list.push(edge);
          else byPerson.set(end, [edge]);
        }
      }
    };
    const neighbours = (from: Iterable<string>, chainOnly: boolean): Set<string> => {
      const out = new Set<string>();
      for (const p of from) {
        for (const e of byPerson.get(p) ?? []) {
          if (!chainOnly || CHAIN_KINDS.has(e.kind)) out.add(e.personId === p ? e.relativeId : e.personId);
        }
      }
      return out;
    };

    const people = new Set(seed);
    await fetch(seed);
    neighbours(seed, false).forEach((p) => people.add(p));
    let frontier = neighbours(seed, true);
    for (let step = 2; step <= KINSHIP_STEPS; step++) {
      await fetch(frontier);
      frontier = neighbours(frontier, true);
      frontier.forEach((p) => people.add(p));
    }
    const relationships = [...edges.values()]
      .filter((e) => people.has(e.personId) && people.has(e.relativeId))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { personIds: [...people].sort(), relationships };
  }

  /**
   * The organisations named, their ancestors, the owners of companies among them, and the own
   * organisation's enterprises and joint authorities (KL 97.4 exceptions).
   */
  private async loadOrganizations(sql: SqlRunner, ids: string[], bodyId: string): Promise<OrganizationFact[]> {
    const rows = await sql(
      `with recursive named(id) as (
         select unnest(?::text[])
         union select owner_id from organization_owner where company_id = any(?::text[])
       ), up(id) as (
         select id from named
         union select o.parent_id from up cross join lateral (select parent_id from organization where id = up.id offset 0) o
               where o.parent_id is not null
       ), own(id) as (
         select id from up where id = ?
         union select o.parent_id from own cross join lateral (select parent_id from organization where id = own.id offset 0) o
               where o.parent_id is not null
       ), wanted(id) as (
         select id from up
         union select o.id from organization o where o.parent_id in (select id from own)
           and o.classification in ('municipal_enterprise', 'county_enterprise')
         union select authority_id from joint_authority_member where member_id in (select id from own)
       )
       select o.id, o.name, o.classification, o.parent_id, o.seats,
              (select n.name from organization_name n where n.organization_id = o.id and n.lang = 'sv' order by n.position limit 1) as name_sv,
              coalesce((select json_agg(member_id order by member_id) from joint_authority_member
                        where authority_id = o.id and o.classification in ('joint_municipal_authority', 'wellbeing_joint_authority')), '[]') as member_ids,
              coalesce((select json_agg(json_build_object('organizationId', owner_id, 'share', share) order by owner_id)
                        from organization_owner where company_id = o.id), '[]') as owners
       from organization o where o.id = any(array(select id from wanted))`,
      [arrayLiteral(ids), arrayLiteral(ids), bodyId],
    );
    return rows.map((o) => ({
      id: String(o.id),
      name: String(o.name),
      nameSv: str(o.name_sv),
      classification: o.classification as OrganizationFact['classification'],
      parentId: str(o.parent_id),
      seats: o.seats === null ? null : Number(o.seats),
      memberIds: jsonValue<string[]>(o.member_ids),
      owners: jsonValue<OrganizationFact['owners']>(o.owners),
    }));
  }
}
