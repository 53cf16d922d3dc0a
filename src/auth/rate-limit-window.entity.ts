import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Rate-limit counters shared by every instance on one PostgreSQL (`PostgresThrottlerStorage`):
 * one row per client and throttler, the current fixed window's end and its hits. The table is
 * UNLOGGED (the migration): counters need no crash safety or replication, and unlogged writes
 * skip the WAL, so a request's counter costs one small in-memory upsert.
 */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindow {
  @PrimaryKey({ type: 'text' })
  key: string;

  @Property({ type: 'timestamptz' })
  endsAt: Date;

  @Property({ type: 'int' })
  hits: number;
}
