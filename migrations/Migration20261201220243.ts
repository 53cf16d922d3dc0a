import { Migration } from '@mikro-orm/migrations';

export class Migration20261201220243 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting" add column "agenda_published_at" timestamptz null, add column "published_run_id" uuid null;`);

    this.addSql(`alter table "self_recusal" add column "withdrawn_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" drop column "agenda_published_at", drop column "published_run_id";`);

    this.addSql(`alter table "self_recusal" drop column "withdrawn_at";`);
  }
}
