import { Migration } from '@mikro-orm/migrations';

const TABLES: Record<string, string[]> = {
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
 * System-time history for the facts that arrive late (memberships, relationships, interests):
 * an update or delete moves the old version to `<table>_history` with the interval it was the
 * recorded truth, and `<table>_known_on(t)` gives the table as it was known at instant t. The
 * functions return rows of the main table, so a query reads the past by swapping the name.
 */
export class Migration20261128054500 extends Migration {
  override async up(): Promise<void> {
    for (const [table, columns] of Object.entries(TABLES)) {
      const list = columns.join(', ');
      const old = columns.map((c) => `old.${c}`).join(', ');
      this.addSql(`
        create function ${table}_keep_history() returns trigger language plpgsql as $$
        begin
          insert into ${table}_history (${list}, recorded_from, recorded_to) values (${old}, old.recorded_at, clock_timestamp());
          if tg_op = 'UPDATE' then
            new.recorded_at := clock_timestamp();
            return new;
          end if;
          return old;
        end $$;`);
      this.addSql(`create trigger ${table}_keep_history before update or delete on ${table}
        for each row execute function ${table}_keep_history();`);
      this.addSql(`
        create function ${table}_known_on(t timestamptz) returns setof ${table} language sql stable as $$
          select ${list}, recorded_at from ${table} where recorded_at <= t
          union all
          select ${list}, recorded_from as recorded_at from ${table}_history where recorded_from <= t and recorded_to > t
        $$;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(TABLES)) {
      this.addSql(`drop function if exists ${table}_known_on(timestamptz);`);
      this.addSql(`drop trigger if exists ${table}_keep_history on ${table};`);
      this.addSql(`drop function if exists ${table}_keep_history();`);
    }
  }
}
