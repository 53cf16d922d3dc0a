import { Migration } from '@mikro-orm/migrations';

const NAMED = ['organization', 'organization_name', 'organization_identifier', 'person', 'person_name'];

/** The registry revision moves on every statement that changes names or identifiers. */
export class Migration20261128060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('insert into registry_revision (id, revision) values (1, 1);');
    this.addSql(`
      create function registry_revision_bump() returns trigger language plpgsql as $$
      begin
        update registry_revision set revision = revision + 1 where id = 1;
        return null;
      end $$;`);
    for (const table of NAMED) {
      this.addSql(`create trigger ${table}_revision after insert or update or delete or truncate on ${table}
        for each statement execute function registry_revision_bump();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of NAMED) this.addSql(`drop trigger if exists ${table}_revision on ${table};`);
    this.addSql('drop function if exists registry_revision_bump();');
    this.addSql('delete from registry_revision;');
  }
}
