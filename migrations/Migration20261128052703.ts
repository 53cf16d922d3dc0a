import { Migration } from '@mikro-orm/migrations';

export class Migration20261128052703 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finding_decision" ("id" uuid not null default gen_random_uuid(), "finding_id" uuid not null, "status" text not null, "note" text null, "decided_by" text not null, "decided_at" timestamptz not null default now(), constraint "finding_decision_pkey" primary key ("id"), constraint finding_decision_dismissal_reason check (status <> 'dismissed' or length(trim(note)) > 0), constraint finding_decision_status check (status in ('confirmed', 'dismissed')));`,
    );
    this.addSql(`create index "finding_decision_finding_idx" on "finding_decision" ("finding_id", "decided_at");`);

    this.addSql(
      `create table "self_recusal" ("id" uuid not null default gen_random_uuid(), "item_id" varchar(200) not null, "person_id" varchar(200) not null, "grounds" text[] not null, "note" text null, "announced_at" timestamptz not null default now(), constraint "self_recusal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "self_recusal_item_idx" on "self_recusal" ("item_id");`);

    this.addSql(
      `alter table "finding_decision" add constraint "finding_decision_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "self_recusal" add constraint "self_recusal_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "self_recusal" add constraint "self_recusal_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(`alter table "meeting" add column "version" int not null default 1;`);

    this.addSql(`alter table "check_run" add column "facts_hash" varchar(64) not null;`);

    this.addSql(`alter table "agenda_item" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding_decision" cascade;`);

    this.addSql(`drop table if exists "self_recusal" cascade;`);

    this.addSql(`alter table "agenda_item" drop column "version";`);

    this.addSql(`alter table "check_run" drop column "facts_hash";`);

    this.addSql(`alter table "meeting" drop column "version";`);
  }
}
