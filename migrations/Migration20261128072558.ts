import { Migration } from '@mikro-orm/migrations';

export class Migration20261128072558 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agenda_item_history" ("history_id" bigserial primary key, "recorded_from" timestamptz not null, "recorded_to" timestamptz not null, "id" varchar(200) not null, "meeting_id" varchar(200) not null, "document" jsonb not null);`,
    );
    this.addSql(
      `create index "agenda_item_history_meeting_id_recorded_from_index" on "agenda_item_history" ("meeting_id", "recorded_from");`,
    );

    this.addSql(
      `create table "meeting_history" ("history_id" bigserial primary key, "recorded_from" timestamptz not null, "recorded_to" timestamptz not null, "id" varchar(200) not null, "document" jsonb not null);`,
    );
    this.addSql(`create index "meeting_history_id_recorded_from_index" on "meeting_history" ("id", "recorded_from");`);

    this.addSql(`alter table "meeting" add column "recorded_at" timestamptz not null default clock_timestamp();`);

    this.addSql(`alter table "agenda_item" add column "recorded_at" timestamptz not null default clock_timestamp();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agenda_item_history" cascade;`);

    this.addSql(`drop table if exists "meeting_history" cascade;`);

    this.addSql(`alter table "agenda_item" drop column "recorded_at";`);

    this.addSql(`alter table "meeting" drop column "recorded_at";`);
  }
}
