import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Meeting } from '../meetings/meeting.entity';
import { Finding } from './finding.entity';

/** One run of the check: what the secretary was told, with the ruleset and the date it used. */
@Entity({ tableName: 'check_run' })
@Index({ name: 'check_run_meeting_created_idx', properties: ['meeting', 'createdAt'] })
export class CheckRun {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting: Rel<Meeting>;

  @Property({ type: 'text' })
  ruleset: string;

  @Property({ type: 'date' })
  meetingDate: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date;

  /** Who asked for the run (token subject), or the CLI. */
  @Property({ type: 'text', nullable: true })
  requestedBy?: string | null;

  @Property({ length: 2 })
  lang: string;

  /** Hash of the facts the run read: when today's facts hash differently, the check is stale. */
  @Property({ length: 64 })
  factsHash: string;

  /** The report exactly as returned (jaavi-check/1). */
  @Property({ type: 'jsonb' })
  report: unknown;

  @OneToMany(() => Finding, (f) => f.run)
  findings = new Collection<Finding>(this);
}
