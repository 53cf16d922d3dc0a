-- Rendered from src/people/person.repository.ts by `npm run sql`; do not edit (a test compares).

-- name: upsert
insert into "person" ("id", "name", "given_name", "family_name", "preferred_lang", "content_hash") select u.c0, u.c1, u.c2, u.c3, u.c4, u.c5 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(c0, c1, c2, c3, c4, c5)
on conflict (id) do update set "name" = excluded."name", "given_name" = excluded."given_name", "family_name" = excluded."family_name", "preferred_lang" = excluded."preferred_lang", "content_hash" = excluded."content_hash"
where "person".content_hash is distinct from excluded.content_hash
returning id, (xmax = 0) as inserted;

-- name: all
select p.id, p.name, p.given_name, p.family_name, p.preferred_lang from person p order by p.id;

-- name: names
select p.id, p.name from person p where p.id = any(?::text[]);

-- name: get
select p.id, p.name, p.given_name, p.family_name, p.preferred_lang,
  coalesce((select json_agg(json_build_object('name', name, 'lang', lang, 'note', note) order by position) from person_name where person_id = p.id), '[]') as other_names,
  coalesce((select json_agg(json_build_object('scheme', scheme, 'identifier', identifier) order by position) from person_identifier where person_id = p.id), '[]') as identifiers
from person p where p.id = ?;

-- name: getPublic
select p.id, p.name, p.given_name, p.family_name, p.preferred_lang,
  coalesce((select json_agg(json_build_object('name', name, 'lang', lang, 'note', note) order by position) from person_name where person_id = p.id), '[]') as other_names,
  coalesce((select json_agg(json_build_object('scheme', scheme, 'identifier', identifier) order by position) from person_identifier where person_id = p.id), '[]') as identifiers
from person p where p.id = ? and (exists (select 1 from membership pm where pm.person_id = p.id) or p.id = ?);

-- name: contactDetails
select c.type, c.value, c.label from person_contact_detail c where c.person_id = ? order by c.position;

-- name: list
select p.id, p.name, p.given_name, p.family_name, p.preferred_lang,
  coalesce((select json_agg(json_build_object('name', name, 'lang', lang, 'note', note) order by position) from person_name where person_id = p.id), '[]') as other_names,
  coalesce((select json_agg(json_build_object('scheme', scheme, 'identifier', identifier) order by position) from person_identifier where person_id = p.id), '[]') as identifiers
from person p where (exists (select 1 from membership pm where pm.person_id = p.id) or p.id = ?) and p.name ilike ? escape '\' and (p.name, p.id) > (?, ?) order by p.name, p.id limit ?;

-- name: person_name.delete
delete from "person_name" where "person_id" = any(?::text[]);

-- name: person_name.insert
insert into "person_name" ("person_id", "position", "name", "lang", "note") select u.c0, u.c1, u.c2, u.c3, u.c4 from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[]) as u(c0, c1, c2, c3, c4);

-- name: person_name.all
select person_id, person_name.name, person_name.lang, person_name.note from person_name order by person_id, position;

-- name: person_identifier.delete
delete from "person_identifier" where "person_id" = any(?::text[]);

-- name: person_identifier.insert
insert into "person_identifier" ("person_id", "position", "scheme", "identifier") select u.c0, u.c1, u.c2, u.c3 from unnest(?::text[], ?::int[], ?::text[], ?::text[]) as u(c0, c1, c2, c3);

-- name: person_identifier.all
select person_id, person_identifier.scheme, person_identifier.identifier from person_identifier order by person_id, position;

-- name: person_contact_detail.delete
delete from "person_contact_detail" where "person_id" = any(?::text[]);

-- name: person_contact_detail.insert
insert into "person_contact_detail" ("person_id", "position", "type", "value", "label") select u.c0, u.c1, u.c2, u.c3, u.c4 from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[]) as u(c0, c1, c2, c3, c4);

-- name: person_contact_detail.all
select person_id, person_contact_detail.type, person_contact_detail.value, person_contact_detail.label from person_contact_detail order by person_id, position;
