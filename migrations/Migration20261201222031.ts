import { Migration } from '@mikro-orm/migrations';

export class Migration20261201222031 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "membership_history" add column "note" text null;`);

    this.addSql(`alter table "membership" add column "note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership" drop column "note";`);

    this.addSql(`alter table "membership_history" drop column "note";`);
  }
}
