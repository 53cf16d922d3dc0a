-- Rendered from src/relationships/relationship.repository.ts by `npm run sql`; do not edit (a test compares).

-- name: touching
select r.id, r.person_id, r.relative_id, r.kind, r.half, r.start_date::text as start_date, r.end_date::text as end_date from relationship r where r.person_id = any(?::text[])
union select r.id, r.person_id, r.relative_id, r.kind, r.half, r.start_date::text as start_date, r.end_date::text as end_date from relationship r where r.relative_id = any(?::text[]);

-- name: ofPerson
select r.id, r.person_id, r.relative_id, r.kind, r.half, r.start_date::text as start_date, r.end_date::text as end_date, p.name as relative_name
from relationship r join person p on p.id = case when r.person_id = ? then r.relative_id else r.person_id end
where r.person_id = ? or r.relative_id = ? order by r.id;

-- name: all
select r.id, r.person_id, r.relative_id, r.kind, r.half, r.start_date::text as start_date, r.end_date::text as end_date from relationship r order by r.id;

-- name: upsert
insert into "relationship" ("id", "person_id", "relative_id", "kind", "half", "start_date", "end_date", "content_hash") select u.c0, u.c1, u.c2, u.c3, u.c4, u.c5, u.c6, u.c7 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::date[], ?::date[], ?::text[]) as u(c0, c1, c2, c3, c4, c5, c6, c7)
on conflict (id) do update set "person_id" = excluded."person_id", "relative_id" = excluded."relative_id", "kind" = excluded."kind", "half" = excluded."half", "start_date" = excluded."start_date", "end_date" = excluded."end_date", "content_hash" = excluded."content_hash"
where "relationship".content_hash is distinct from excluded.content_hash
returning id, (xmax = 0) as inserted;
