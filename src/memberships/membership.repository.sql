-- Rendered from src/memberships/membership.repository.ts by `npm run sql`; do not edit (a test compares).

-- name: seatHolders
select distinct person_id from membership where organization_id = ? and (end_date is null or end_date >= ?::date - 400);

-- name: factsOfMeeting
with recursive own(id) as (
  select ?::text
  union select o.parent_id from own cross join lateral (select parent_id from organization where id = own.id offset 0) o
        where o.parent_id is not null
), counted(id) as (
  select unnest(?::text[]) union select id from own
  union select o.id from counted c cross join lateral (select id from organization where parent_id = c.id offset 0) o
), seats as (
  select m.id, m.person_id, m.organization_id, m.role, m.start_date, m.end_date, m.deputy_for_id, m.group_name, m.deputy_order from membership m where m.person_id = any(?::text[]) and m.organization_id in (select id from counted)
  union select m.id, m.person_id, m.organization_id, m.role, m.start_date, m.end_date, m.deputy_for_id, m.group_name, m.deputy_order from membership m where m.organization_id = ?
)
select x.id, x.person_id, x.organization_id, x.role, x.start_date::text as start_date, x.end_date::text as end_date, x.deputy_for_id, x.group_name, x.deputy_order
from (select * from seats
      union select n.* from (
        select distinct organization_id, end_date from seats
        where end_date < ?::date and role in ('chair', 'vice_chair', 'member', 'deputy')) e
      cross join lateral (
        select m.id, m.person_id, m.organization_id, m.role, m.start_date, m.end_date, m.deputy_for_id, m.group_name, m.deputy_order from membership m where m.organization_id = e.organization_id and m.start_date > e.end_date
        order by m.start_date, m.id limit 1) n) x;

-- name: ofPerson
select m.id, m.person_id, m.organization_id, m.role, m.start_date::text as start_date, m.end_date::text as end_date, m.deputy_for_id, m.group_name, m.deputy_order, m.label, m.note, p.name as person_name, o.name as organization_name
from membership m join person p on p.id = m.person_id join organization o on o.id = m.organization_id where m.person_id = ?
       and (?::date is null or m.end_date is null or m.end_date >= ?::date)
       and (?::date is null or m.start_date <= ?::date)
     order by m.start_date, m.id;

-- name: seatsOn
select m.id, m.person_id, m.organization_id, m.role, m.start_date::text as start_date, m.end_date::text as end_date, m.deputy_for_id, m.group_name, m.deputy_order, m.label, m.note, p.name as person_name, o.name as organization_name
from membership m join person p on p.id = m.person_id join organization o on o.id = m.organization_id where m.organization_id = ? and m.start_date <= ?::date and (m.end_date is null or m.end_date >= ?::date)
     order by case m.role when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 else 3 end, m.group_name nulls last,
              m.deputy_order nulls last, p.name, m.id;

-- name: all
select m.id, m.person_id, m.organization_id, m.role, m.start_date::text as start_date, m.end_date::text as end_date, m.deputy_for_id, m.group_name, m.deputy_order, m.label, m.note from membership m order by m.id;

-- name: upsert
insert into "membership" ("id", "person_id", "organization_id", "role", "start_date", "end_date", "deputy_for_id", "group_name", "deputy_order", "label", "note", "content_hash") select u.c0, u.c1, u.c2, u.c3, u.c4, u.c5, u.c6, u.c7, u.c8, u.c9, u.c10, u.c11 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[]) as u(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11)
on conflict (id) do update set "person_id" = excluded."person_id", "organization_id" = excluded."organization_id", "role" = excluded."role", "start_date" = excluded."start_date", "end_date" = excluded."end_date", "deputy_for_id" = excluded."deputy_for_id", "group_name" = excluded."group_name", "deputy_order" = excluded."deputy_order", "label" = excluded."label", "note" = excluded."note", "content_hash" = excluded."content_hash"
where "membership".content_hash is distinct from excluded.content_hash
returning id, (xmax = 0) as inserted;

-- name: bodiesOf
select organization_id from membership where person_id = ? and (end_date is null or end_date >= ?::date - 400);

-- name: holdsAnyPosition
exists (select 1 from membership pm where pm.person_id = p.id);
