import type { SqlRunner } from '../database/sql';
import type { AliasSource } from '../detection';

/**
 * Everything the matcher should recognise: legal entities (not bodies: "Kaupunginhallitus" names
 * a body of every city) with their other names and identifiers, and persons with their names.
 * Two statements, whatever the registry's size.
 */
export async function registryAliases(sql: SqlRunner): Promise<AliasSource[]> {
  const organizations = await sql(
    `select o.id, o.name,
            coalesce((select json_agg(json_build_object('name', n.name, 'lang', n.lang) order by n.position) from organization_name n where n.organization_id = o.id), '[]') as names,
            coalesce((select json_agg(json_build_object('scheme', i.scheme, 'identifier', i.identifier) order by i.position) from organization_identifier i where i.organization_id = o.id), '[]') as identifiers
     from organization o
     where o.classification not in ('council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body')`,
    [],
  );
  const persons = await sql(
    `select p.id, p.name, p.given_name, p.family_name,
            coalesce((select json_agg(json_build_object('name', n.name, 'lang', n.lang) order by n.position) from person_name n where n.person_id = p.id), '[]') as names
     from person p`,
    [],
  );
  return [
    ...organizations.map(
      (o): AliasSource => ({
        entityType: 'organization',
        entityId: String(o.id),
        names: [{ name: String(o.name) }, ...(o.names as AliasSource['names'])],
        identifiers: o.identifiers as AliasSource['identifiers'],
      }),
    ),
    ...persons.map(
      (p): AliasSource => ({
        entityType: 'person',
        entityId: String(p.id),
        names: [{ name: String(p.name) }, ...(p.names as AliasSource['names'])],
        givenName: (p.given_name as string | null) ?? null,
        familyName: (p.family_name as string | null) ?? null,
      }),
    ),
  ];
}
