import { Injectable } from '@nestjs/common';
import { MembershipRepository, type MembershipSource } from '../memberships/membership.repository';
import { RelationshipRepository, type RelationshipSource } from '../relationships/relationship.repository';
import { PersonRepository } from '../people/person.repository';
import { InterestRepository, type InterestSource } from '../interests/interest.repository';
import { CHAIN_KINDS, MAX_CHAIN } from '../rules';
import { readMeeting } from '../meetings/meeting-reader';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral } from '../database/sql-batch';
import { jsonValue, nullableString as str } from '../database/rows';
import type { Facts, MeetingFact, OrganizationFact, RelationshipFact } from '../rules/facts';

/**
 * The tables to read: the current ones, or the registry as it was recorded at an instant (the
 * `*_known_on` functions over the history tables). The instant is a Date, written as a
 * canonical ISO literal, so nothing from the caller reaches the SQL text.
 */
function registryTables(knownOn?: Date): { membership: MembershipSource; relationship: RelationshipSource; interest: InterestSource } {
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
    const membershipRepo = new MembershipRepository(sql);
    (await membershipRepo.seatHolders(t.membership, meeting.organizationId, date)).forEach((id) => direct.add(id));
    const { personIds, relationships } = await this.kinship(sql, t.relationship, [...direct]);

    const memberships = await membershipRepo.factsOfMeeting(t.membership, meeting.organizationId, date, [...named], personIds);

    const interests = await new InterestRepository(sql).factsOf(t.interest, personIds);

    const persons = await new PersonRepository(sql).names(personIds);

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
  private async kinship(
    sql: SqlRunner,
    table: RelationshipSource,
    seed: string[],
  ): Promise<{ personIds: string[]; relationships: RelationshipFact[] }> {
    const repository = new RelationshipRepository(sql);
    const edges = new Map<string, RelationshipFact>();
    const byPerson = new Map<string, RelationshipFact[]>();
    const fetched = new Set<string>();
    const fetch = async (frontier: Iterable<string>) => {
      const wanted = [...frontier].filter((p) => !fetched.has(p));
      wanted.forEach((p) => fetched.add(p));
      if (wanted.length === 0) return;
      for (const edge of await repository.touching(table, wanted)) {
        if (edges.has(edge.id)) continue;
        edges.set(edge.id, edge);
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
    for (let step = 2; step <= MAX_CHAIN; step++) {
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
