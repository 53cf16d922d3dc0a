import { Migration } from '@mikro-orm/migrations';

export class Migration20261128055523 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "counterparty_decision" ("id" uuid not null default gen_random_uuid(), "item_id" varchar(200) not null, "entity_type" text check ("entity_type" in ('organization', 'person')) not null, "entity_id" varchar(200) not null, "status" text check ("status" in ('accepted', 'rejected')) not null, "note" text null, "decided_by" text not null, "decided_at" timestamptz not null default now(), constraint "counterparty_decision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "counterparty_decision" add constraint "counterparty_decision_unique" unique ("item_id", "entity_type", "entity_id");`,
    );

    this.addSql(`create table "registry_revision" ("id" serial primary key, "revision" bigint not null);`);

    this.addSql(
      `alter table "counterparty_decision" add constraint "counterparty_decision_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "counterparty_decision" cascade;`);

    this.addSql(`drop table if exists "registry_revision" cascade;`);
  }
}
