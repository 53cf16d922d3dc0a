-- Rendered from src/interests/interest.repository.ts by `npm run sql`; do not edit (a test compares).

-- name: ofPersons
select i.id, i.person_id, i.organization_id, i.kind, i.description, i.material, i.declared_on::text as declared_on, i.start_date::text as start_date, i.end_date::text as end_date from interest i where i.person_id = any(?::text[]);

-- name: ofPerson
select i.id, i.person_id, i.organization_id, i.kind, i.description, i.material, i.declared_on::text as declared_on, i.start_date::text as start_date, i.end_date::text as end_date, o.name as organization_name
from interest i left join organization o on o.id = i.organization_id where i.person_id = ? order by i.id;

-- name: forUpdate
select i.id, i.person_id, i.organization_id, i.kind, i.description, i.material, i.declared_on::text as declared_on, i.start_date::text as start_date, i.end_date::text as end_date from interest i where i.id = ? for update;

-- name: all
select i.id, i.person_id, i.organization_id, i.kind, i.description, i.material, i.declared_on::text as declared_on, i.start_date::text as start_date, i.end_date::text as end_date from interest i order by i.id;

-- name: upsert
insert into "interest" ("id", "person_id", "organization_id", "kind", "description", "material", "declared_on", "start_date", "end_date", "content_hash") select u.c0, u.c1, u.c2, u.c3, u.c4, u.c5, u.c6, u.c7, u.c8, u.c9 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::date[], ?::date[], ?::date[], ?::text[]) as u(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)
on conflict (id) do update set "person_id" = excluded."person_id", "organization_id" = excluded."organization_id", "kind" = excluded."kind", "description" = excluded."description", "material" = excluded."material", "declared_on" = excluded."declared_on", "start_date" = excluded."start_date", "end_date" = excluded."end_date", "content_hash" = excluded."content_hash"
where "interest".content_hash is distinct from excluded.content_hash
returning id, (xmax = 0) as inserted;
