import type { SqlRunner } from '../database/sql';
import type { AliasSource } from '../detection';

/** How many organisations or persons one part holds. */
const PART = 5_000;

/**
 * Everything the matcher should recognise, in parts of a few thousand (keyset pages by id, so
 * the whole registry is never in memory at once): legal entities (not bodies:
 * "Kaupunginhallitus" names a body of every city) with their other names and identifiers, and
 * persons with their names.
 */
export async function* registryAliases(sql: SqlRunner): AsyncGenerator<AliasSource[]> {
  for (let after = ''; ;) {
    const organizations = await sql(
      `select o.id, o.name,
              coalesce((select json_agg(json_build_object('name', n.name, 'lang', n.lang) order by n.position) from organization_name n where n.organization_id = o.id), '[]') as names,
              coalesce((select json_agg(json_build_object('scheme', i.scheme, 'identifier', i.identifier) order by i.position) from organization_identifier i where i.organization_id = o.id), '[]') as identifiers
       from organization o
       where o.classification not in ('council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body')
         and o.id > ? order by o.id limit ?`,
      [after, PART],
    );
    if (organizations.length === 0) break;
    after = String(organizations[organizations.length - 1].id);
    yield organizations.map((o): AliasSource => ({
      entityType: 'organization',
      entityId: String(o.id),
      names: [{ name: String(o.name) }, ...(o.names as AliasSource['names'])],
      identifiers: o.identifiers as AliasSource['identifiers'],
    }));
  }
  for (let after = ''; ;) {
    const persons = await sql(
      `select p.id, p.name, p.given_name, p.family_name,
              coalesce((select json_agg(json_build_object('name', n.name, 'lang', n.lang) order by n.position) from person_name n where n.person_id = p.id), '[]') as names
       from person p where p.id > ? order by p.id limit ?`,
      [after, PART],
    );
    if (persons.length === 0) break;
    after = String(persons[persons.length - 1].id);
    yield persons.map((p): AliasSource => ({
      entityType: 'person',
      entityId: String(p.id),
      names: [{ name: String(p.name) }, ...(p.names as AliasSource['names'])],
      givenName: (p.given_name as string | null) ?? null,
      familyName: (p.family_name as string | null) ?? null,
    }));
  }
}
