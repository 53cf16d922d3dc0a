import type { SqlRunner } from '../database/sql';
import type { Dataset } from './validation/dataset.types';
import { PersonRepository } from '../people/person.repository';
import { MembershipRepository } from '../memberships/membership.repository';
import { RelationshipRepository } from '../relationships/relationship.repository';
import { InterestRepository } from '../interests/interest.repository';
import { groupBy, type Row } from '../database/rows';

/** Leaves out absent optional fields, so exported files look like hand-written ones. */
function compact<T extends Row>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const names = (rows: Row[] | undefined) =>
  (rows ?? []).map((n) =>
    compact({ name: n.name as string, lang: n.lang as 'fi' | 'sv' | 'en' | undefined, note: n.note as string | undefined }),
  );
const identifiers = (rows: Row[] | undefined) =>
  (rows ?? []).map((i) => ({ scheme: i.scheme as string, identifier: i.identifier as string }));

/**
 * The stored registry and meetings as one `jaavi-dataset/1` document: the inverse of the
 * import's row mapping, so importing the export changes nothing. One query per table.
 */
export async function exportDataset(sql: SqlRunner): Promise<Dataset> {
  const q = (text: string) => sql(text, []);
  // One statement at a time: they share the transaction's connection.
  const orgs = await q('select id, name, classification, parent_id, seats from organization order by id');
  const orgNames = await q('select organization_id, name, lang, note from organization_name order by organization_id, position');
  const orgIds = await q('select organization_id, scheme, identifier from organization_identifier order by organization_id, position');
  const owners = await q('select company_id, owner_id, share from organization_owner order by company_id, owner_id');
  const members = await q('select authority_id, member_id from joint_authority_member order by authority_id, member_id');
  const namesBy = groupBy(orgNames, 'organization_id');
  const idsBy = groupBy(orgIds, 'organization_id');
  const ownersBy = groupBy(owners, 'company_id');
  const membersBy = groupBy(members, 'authority_id');
  const organizations = orgs.map((o) =>
    compact({
      id: o.id as string,
      name: o.name as string,
      classification: o.classification,
      parent_id: o.parent_id as string | undefined,
      seats: o.seats as number | undefined,
      other_names: names(namesBy.get(String(o.id))),
      identifiers: identifiers(idsBy.get(String(o.id))),
      member_ids: (membersBy.get(String(o.id)) ?? []).map((m) => m.member_id as string),
      owners: (ownersBy.get(String(o.id)) ?? []).map((w) =>
        compact({ organization_id: w.owner_id as string, share: w.share as number | undefined }),
      ),
    }),
  );

  const persons = await new PersonRepository(sql).exportAll();

  const memberships = await new MembershipRepository(sql).exportAll();
  const relationships = await new RelationshipRepository(sql).exportAll();
  const interests = await new InterestRepository(sql).exportAll();

  const events = await exportEvents(sql);
  return compact({
    format: 'jaavi-dataset/1',
    organizations,
    persons,
    memberships,
    relationships,
    interests,
    events,
  }) as unknown as Dataset;
}

async function exportEvents(sql: SqlRunner) {
  const q = (text: string) => sql(text, []);
  const meetings = await q('select id, body_id, name, starts_at, status from meeting order by id');
  const participants = groupBy(
    await q('select meeting_id, person_id, role from meeting_participant order by meeting_id, person_id, role'),
    'meeting_id',
  );
  const absent = groupBy(await q('select meeting_id, person_id from expected_absence order by meeting_id, person_id'), 'meeting_id');
  const items = groupBy(
    await q(`select id, meeting_id, item_order, title, description, presented_by_id, prepared_in_id, urgent, has_record
             from agenda_item order by meeting_id, item_order, id`),
    'meeting_id',
  );
  const byItem = async (text: string) => groupBy(await q(text), 'item_id');
  const related = await byItem(
    'select item_id, entity_type, organization_id, person_id, role, on_behalf_of, note from related_entity order by item_id, position',
  );
  const preparers = await byItem('select item_id, person_id from item_preparer order by item_id, position');
  const concerns = await byItem('select item_id, person_id, text from item_concern order by item_id, position');
  const minutes = await byItem('select item_id, person_id from minutes_participant order by item_id, position');
  const recusals = await byItem('select item_id, person_id, grounds, decided_by from recusal order by item_id, position');
  const substitutes = await byItem('select item_id, person_id, for_person_id from substitute order by item_id, position');
  const ids = (rows: Row[] | undefined) => (rows ?? []).map((r) => r.person_id as string);

  return meetings.map((m) =>
    compact({
      id: m.id as string,
      organization_id: m.body_id as string,
      name: m.name as string | undefined,
      start_date: m.starts_at as string,
      status: m.status as 'planned' | 'held',
      expected_absent: ids(absent.get(String(m.id))),
      participants: (participants.get(String(m.id)) ?? []).map((p) => ({ person_id: p.person_id as string, role: p.role })),
      agenda: (items.get(String(m.id)) ?? []).map((i) => {
        const id = String(i.id);
        const record = i.has_record
          ? compact({
              participants: ids(minutes.get(id)),
              recusals: (recusals.get(id) ?? []).map((r) =>
                compact({ person_id: r.person_id as string, grounds: r.grounds as string[], decided_by: r.decided_by }),
              ),
              substitutes: (substitutes.get(id) ?? []).map((s) => ({
                person_id: s.person_id as string,
                for_person_id: s.for_person_id as string,
              })),
            })
          : undefined;
        return compact({
          id,
          order: i.item_order as number,
          title: i.title as string,
          description: i.description as string | undefined,
          related_entities: (related.get(id) ?? []).map((r) =>
            compact({
              entity_type: r.entity_type,
              entity_id: (r.organization_id ?? r.person_id) as string,
              role: r.role,
              on_behalf_of: r.on_behalf_of as string | undefined,
              note: r.note as string | undefined,
            }),
          ),
          prepared_by: ids(preparers.get(id)),
          presented_by: i.presented_by_id as string | undefined,
          prepared_in: i.prepared_in_id as string | undefined,
          urgent: i.urgent ? true : undefined,
          concerns: (concerns.get(id) ?? []).map((c) => ({ person_id: c.person_id as string, text: c.text as string })),
          record,
        });
      }),
    }),
  );
}
