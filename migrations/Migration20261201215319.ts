import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters shared by the instances. UNLOGGED: no WAL for a counter that may be lost
 * in a crash (the worst case is a fresh window), and it is not replicated to read replicas.
 */
export class Migration20261201215319 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unlogged table "rate_limit_window" ("key" text not null, "ends_at" timestamptz not null, "hits" int not null, constraint "rate_limit_window_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);
  }
}
