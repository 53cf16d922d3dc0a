import { Migration } from '@mikro-orm/migrations';

export class Migration20261128054011 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "interest_history" ("history_id" bigserial primary key, "recorded_from" timestamptz not null, "recorded_to" timestamptz not null, "id" varchar(200) not null, "person_id" varchar(200) not null, "organization_id" varchar(200) null, "kind" text not null, "description" text null, "material" boolean null, "declared_on" date null, "start_date" date null, "end_date" date null, "content_hash" varchar(64) not null);`,
    );
    this.addSql(`create index "interest_history_id_recorded_from_index" on "interest_history" ("id", "recorded_from");`);

    this.addSql(
      `create table "membership_history" ("history_id" bigserial primary key, "recorded_from" timestamptz not null, "recorded_to" timestamptz not null, "id" varchar(200) not null, "person_id" varchar(200) not null, "organization_id" varchar(200) not null, "role" text not null, "start_date" date not null, "end_date" date null, "deputy_for_id" varchar(200) null, "group_name" text null, "deputy_order" int null, "label" text null, "content_hash" varchar(64) not null);`,
    );
    this.addSql(`create index "membership_history_id_recorded_from_index" on "membership_history" ("id", "recorded_from");`);

    this.addSql(
      `create table "relationship_history" ("history_id" bigserial primary key, "recorded_from" timestamptz not null, "recorded_to" timestamptz not null, "id" varchar(200) not null, "person_id" varchar(200) not null, "relative_id" varchar(200) not null, "kind" text not null, "half" boolean null, "start_date" date null, "end_date" date null, "content_hash" varchar(64) not null);`,
    );
    this.addSql(`create index "relationship_history_id_recorded_from_index" on "relationship_history" ("id", "recorded_from");`);

    this.addSql(`alter table "membership" add column "recorded_at" timestamptz not null default clock_timestamp();`);

    this.addSql(`alter table "interest" add column "recorded_at" timestamptz not null default clock_timestamp();`);

    this.addSql(`alter table "finding_decision" drop constraint finding_decision_dismissal_reason;`);

    this.addSql(`alter table "relationship" add column "recorded_at" timestamptz not null default clock_timestamp();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "interest_history" cascade;`);

    this.addSql(`drop table if exists "membership_history" cascade;`);

    this.addSql(`drop table if exists "relationship_history" cascade;`);

    this.addSql(
      `alter table "finding_decision" add constraint finding_decision_dismissal_reason check((status <> 'dismissed'::text) OR (length(TRIM(BOTH FROM note)) > 0));`,
    );

    this.addSql(`alter table "interest" drop column "recorded_at";`);

    this.addSql(`alter table "membership" drop column "recorded_at";`);

    this.addSql(`alter table "relationship" drop column "recorded_at";`);
  }
}
