import { Migration } from '@mikro-orm/migrations';

const TABLES = ['membership', 'relationship', 'interest'];

/** The column lists of Migration20261128054500, for `down`. */
const COLUMNS: Record<string, string[]> = {
  membership: [
    'id',
    'person_id',
    'organization_id',
    'role',
    'start_date',
    'end_date',
    'deputy_for_id',
    'group_name',
    'deputy_order',
    'label',
    'content_hash',
  ],
  relationship: ['id', 'person_id', 'relative_id', 'kind', 'half', 'start_date', 'end_date', 'content_hash'],
  interest: [
    'id',
    'person_id',
    'organization_id',
    'kind',
    'description',
    'material',
    'declared_on',
    'start_date',
    'end_date',
    'content_hash',
  ],
};

/**
 * The history trigger and the `*_known_on(t)` functions without a column list: each copies a
 * row into the other table's row type by column name (`jsonb_populate_record`), so a column
 * added to a table and its history table needs nothing here (Migration20261128054500 spelled
 * every column out, and `known_on` broke when the table gained one).
 */
export class Migration20261201221500 extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`
        create or replace function ${table}_keep_history() returns trigger language plpgsql as $$
        begin
          insert into ${table}_history
            select h.* from jsonb_populate_record(null::${table}_history, to_jsonb(old) || jsonb_build_object(
              'history_id', nextval('${table}_history_history_id_seq'),
              'recorded_from', old.recorded_at,
              'recorded_to', clock_timestamp())) h;
          if tg_op = 'UPDATE' then
            new.recorded_at := clock_timestamp();
            return new;
          end if;
          return old;
        end $$;`);
      this.addSql(`
        create or replace function ${table}_known_on(t timestamptz) returns setof ${table} language sql stable as $$
          select * from ${table} where recorded_at <= t
          union all
          select r.* from ${table}_history h
            cross join lateral jsonb_populate_record(null::${table}, to_jsonb(h) || jsonb_build_object('recorded_at', h.recorded_from)) r
          where h.recorded_from <= t and h.recorded_to > t
        $$;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      const list = COLUMNS[table].join(', ');
      const old = COLUMNS[table].map((c) => `old.${c}`).join(', ');
      this.addSql(`
        create or replace function ${table}_keep_history() returns trigger language plpgsql as $$
        begin
          insert into ${table}_history (${list}, recorded_from, recorded_to) values (${old}, old.recorded_at, clock_timestamp());
          if tg_op = 'UPDATE' then
            new.recorded_at := clock_timestamp();
            return new;
          end if;
          return old;
        end $$;`);
      this.addSql(`
        create or replace function ${table}_known_on(t timestamptz) returns setof ${table} language sql stable as $$
          select ${list}, recorded_at from ${table} where recorded_at <= t
          union all
          select ${list}, recorded_from as recorded_at from ${table}_history where recorded_from <= t and recorded_to > t
        $$;`);
    }
  }
}
