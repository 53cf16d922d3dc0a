import { Migration } from '@mikro-orm/migrations';

export class Migration20261128051121 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default clock_timestamp(), "actor" text not null, "roles" text[] not null, "action" text not null, "subject_type" text not null, "subject_id" text null, "request_id" text null, "details" jsonb null);`,
    );
    this.addSql(`create index "audit_event_subject_idx" on "audit_event" ("subject_type", "subject_id");`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor", "at");`);
    this.addSql(`create index "audit_event_at_idx" on "audit_event" ("at");`);

    // Append-only, enforced by the database itself: whoever connects, rows cannot be changed.
    this.addSql(`
      create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only (% refused)', tg_op using errcode = '42501';
      end $$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete on audit_event
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists audit_event_no_truncate on audit_event;');
    this.addSql('drop trigger if exists audit_event_no_update on audit_event;');
    this.addSql('drop function if exists audit_event_append_only();');
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }
}
