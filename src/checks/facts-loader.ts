import { Injectable } from '@nestjs/common';
import { readMeeting } from '../meetings/meeting-reader';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral } from '../import/sql-batch';
import { jsonValue, nullableString as str } from '../database/rows';
import type {
  Facts,
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

/** How many relationship steps the kinship derivation follows (legal-grounds §2). */
const KINSHIP_STEPS = 3;

/** The kinds a derivation chain continues through (legal-grounds §2, either direction). */
const CHAIN_KINDS = ['spouse', 'cohabiting_partner', 'child', 'grandchild', 'sibling', 'parent', 'grandparent', 'aunt_uncle', 'niece_nephew'];

/**
 * `step1 … stepN` and `people`: everyone within N relationship steps of `seed`, in either
 * direction. One join per direction and step, so each is an index lookup on the person or the
 * relative column (a recursive walk with an OR join scanned the whole table at every step).
 */
function kinshipSteps(relationship: string): string {
  const steps = Array.from({ length: KINSHIP_STEPS }, (_, i) => {
    // From the second step on, only through kinds that compose (legal-grounds §2): a chain
    // through a former spouse, an especially close person, a cousin or "other" stops.
    const from = i === 0 ? 'seed' : i === 1 ? 'step1c' : `step${i}`;
    const kinds = i === 0 ? '' : ` and r.kind = any('{${CHAIN_KINDS.join(',')}}'::text[])`;
    return `step${i + 1}(p) as (
      select r.relative_id from ${from} f join ${relationship} r on r.person_id = f.p${kinds}
      union select r.person_id from ${from} f join ${relationship} r on r.relative_id = f.p${kinds})`;
  });
  const composable = `step1c(p) as (
      select r.relative_id from seed f join ${relationship} r on r.person_id = f.p and r.kind = any('{${CHAIN_KINDS.join(',')}}'::text[])
      union select r.person_id from seed f join ${relationship} r on r.relative_id = f.p and r.kind = any('{${CHAIN_KINDS.join(',')}}'::text[]))`;
  const all = ['seed', ...steps.map((_, i) => `step${i + 1}`)].map((name) => `select p from ${name}`).join(' union ');
  return `${steps[0]},\n${composable},\n${steps.slice(1).join(',\n')},\n people(p) as (${all})`;
}

/**
 * Reads from the database everything the engine needs for one meeting, as of its date, in a
 * fixed number of statements whatever the registry's size (no query per person or per item):
 * the meeting and its agenda (3), the persons to evaluate and their relatives up to three
 * steps (1), their memberships and those of the body, with the later terms the holdover rule
 * looks for (1), interests (1), persons (1) and organisations with their ancestors,
 * enterprises, joint authorities and owners (1). Counted by a test.
 */
@Injectable()
export class FactsLoader {
  async load(sql: SqlRunner, meetingId: string, options: { knownOn?: Date } = {}): Promise<Facts> {
    const t = registryTables(options.knownOn);
    const meeting = await readMeeting(sql, meetingId, { knownOn: options.knownOn });
    const date = meeting.startDate.slice(0, 10);
    const direct = new Set<string>();
    for (const p of meeting.participants) direct.add(p.personId);
    for (const id of meeting.expectedAbsent) direct.add(id);
    for (const item of meeting.agenda) {
      if (item.presentedBy) direct.add(item.presentedBy);
      item.preparedBy.forEach((id) => direct.add(id));
      item.concerns.forEach((c) => direct.add(c.personId));
      item.relatedEntities.filter((r) => r.entityType === 'person').forEach((r) => direct.add(r.entityId));
      item.record?.participants.forEach((id) => direct.add(id));
      item.record?.recusals.forEach((r) => direct.add(r.personId));
      item.record?.substitutes.forEach((s) => {
        direct.add(s.personId);
        direct.add(s.forPersonId);
      });
    }

    // The persons to evaluate (the body's seats, participants) and everyone within three
    // relationship steps of them, in either direction; then their relationships.
    const relationships = (
      await sql(
        `with seed(p) as (
           select unnest(?::text[])
           union select person_id from ${t.membership} where organization_id = ? and (end_date is null or end_date >= ?::date - 400)),
              ${kinshipSteps(t.relationship)}
         select 'p' as kind, p as id, null as person_id, null as relative_id, null as rkind, null as half,
                null as start_date, null as end_date from people
         union all
         select 'r', r.id, r.person_id, r.relative_id, r.kind, r.half::text, r.start_date::text, r.end_date::text
         from people pp join ${t.relationship} r on r.person_id = pp.p where r.relative_id in (select p from people)`,
        [arrayLiteral([...direct]), meeting.organizationId, date],
      )
    );
    const personIds = relationships.filter((r) => r.kind === 'p').map((r) => String(r.id));
    const relationshipFacts: RelationshipFact[] = relationships
      .filter((r) => r.kind === 'r')
      .map((r) => ({
        id: String(r.id),
        personId: String(r.person_id),
        relativeId: String(r.relative_id),
        kind: r.rkind as RelationshipFact['kind'],
        half: r.half === null ? null : r.half === 'true',
        startDate: str(r.start_date),
        endDate: str(r.end_date),
      }));

    const people = arrayLiteral(personIds);
    const memberships = (
      await sql(
        // Three index lookups (by person, by body, later terms of ended body seats: the KL 79
        // holdover looks only at seats in bodies) in one union:
        // an OR of them would scan every membership.
        `with wanted as (
           select m.id from ${t.membership} m where m.person_id = any(?::text[])
           union select m.id from ${t.membership} m where m.organization_id = ?
           union select m.id from ${t.membership} e join ${t.membership} m on m.organization_id = e.organization_id and m.start_date > e.end_date
                 where e.person_id = any(?::text[]) and e.end_date < ?::date and e.role in ('chair', 'vice_chair', 'member', 'deputy'))
         select m.id, m.person_id, m.organization_id, m.role, m.start_date::text, m.end_date::text, m.deputy_for_id, m.group_name, m.deputy_order
         from ${t.membership} m where m.id in (select id from wanted)`,
        [people, meeting.organizationId, people, date],
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

    const orgIds = new Set<string>([meeting.organizationId]);
    memberships.forEach((m) => orgIds.add(m.organizationId));
    interests.forEach((i) => i.organizationId && orgIds.add(i.organizationId));
    for (const item of meeting.agenda) {
      for (const r of item.relatedEntities) {
        if (r.entityType === 'organization') orgIds.add(r.entityId);
        if (r.onBehalfOf) orgIds.add(r.onBehalfOf);
      }
    }
    const organizations = await this.loadOrganizations(sql, [...orgIds], meeting.organizationId);
    return { meeting, organizations, persons, memberships, relationships: relationshipFacts, interests };
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
         union select o.parent_id from up cross join lateral (select parent_id from organization where id = up.id) o
               where o.parent_id is not null
       ), own(id) as (
         select id from up where id = ?
         union select o.parent_id from own cross join lateral (select parent_id from organization where id = own.id) o
               where o.parent_id is not null
       ), wanted(id) as (
         select id from up
         union select o.id from organization o where o.parent_id in (select id from own)
           and o.classification in ('municipal_enterprise', 'county_enterprise')
         union select authority_id from joint_authority_member where member_id in (select id from own)
       )
       select o.id, o.name, o.classification, o.parent_id, o.seats,
              coalesce((select json_agg(member_id order by member_id) from joint_authority_member where authority_id = o.id), '[]') as member_ids,
              coalesce((select json_agg(json_build_object('organizationId', owner_id, 'share', share) order by owner_id)
                        from organization_owner where company_id = o.id), '[]') as owners
       from organization o where o.id in (select id from wanted)`,
      [arrayLiteral(ids), arrayLiteral(ids), bodyId],
    );
    return rows.map((o) => ({
      id: String(o.id),
      name: String(o.name),
      classification: o.classification as OrganizationFact['classification'],
      parentId: str(o.parent_id),
      seats: o.seats === null ? null : Number(o.seats),
      memberIds: jsonValue<string[]>(o.member_ids),
      owners: jsonValue<OrganizationFact['owners']>(o.owners),
    }));
  }
}
