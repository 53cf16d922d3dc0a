import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One line of the append-only audit log (tiedonhallintalaki 906/2019 § 17): who did what, when,
 * from which request. The database refuses UPDATE, DELETE and TRUNCATE on it (a trigger).
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_at_idx', properties: ['at'] })
@Index({ name: 'audit_event_actor_idx', properties: ['actor', 'at'] })
@Index({ name: 'audit_event_subject_idx', properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at: Date;

  /** The token subject, or `cli` for the command line. */
  @Property({ type: 'text' })
  actor: string;

  @Property({ type: 'text[]' })
  roles: string[];

  /** e.g. `dataset.import`, `check.run`, `personal_data.read`. */
  @Property({ type: 'text' })
  action: string;

  @Property({ type: 'text' })
  subjectType: string;

  @Property({ type: 'text', nullable: true })
  subjectId?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  details?: unknown;
}
