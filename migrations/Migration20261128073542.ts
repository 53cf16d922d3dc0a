import { Migration } from '@mikro-orm/migrations';

export class Migration20261128073542 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "agenda_item_presented_by_id_index" on "agenda_item" ("presented_by_id");`);

    this.addSql(`alter table "registry_revision" add column "facts_revision" bigint not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agenda_item_presented_by_id_index";`);

    this.addSql(`alter table "registry_revision" drop column "facts_revision";`);
  }
}
