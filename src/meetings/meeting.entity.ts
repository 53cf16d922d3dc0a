import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { MEETING_STATUSES } from '../common/domain-enums';
import { Organization } from '../organizations/organization.entity';
import { AgendaItem } from './agenda-item.entity';
import { MeetingParticipant } from './meeting-participant.entity';
import { ExpectedAbsence } from './expected-absence.entity';

/** A meeting of a body (an Open Civic Data event). */
@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_body_date_idx', properties: ['body', 'meetingDate'] })
export class Meeting {
  @PrimaryKey({ length: 200 })
  id: string;

  @ManyToOne(() => Organization)
  body: Rel<Organization>;

  @Property({ type: 'text', nullable: true })
  name?: string | null;

  /** The start as written in the source, ISO date-time with its offset (kept for export). */
  @Property({ type: 'text' })
  startsAt: string;

  /** The local date of `startsAt`: the date every rule is evaluated on (legal-grounds §3). */
  @Property({ type: 'date' })
  @Index()
  meetingDate: string;

  @Enum({ items: () => [...MEETING_STATUSES] })
  status: 'planned' | 'held';

  @Property({ length: 64, hidden: true })
  contentHash: string;

  /** Optimistic lock: every change adds one; an edit naming an older version is refused. */
  @Property({ default: 1 })
  version: number = 1;

  /**
   * When this version (the meeting with its participants and expected absences) was recorded
   * (system time); a trigger moves the earlier version to `meeting_history`.
   */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date & Opt;

  /** When the agenda went out (`publishAgenda`); later changes are shown against its run. */
  @Property({ type: 'timestamptz', nullable: true })
  agendaPublishedAt?: Date | null;

  /** The check run the agenda went out with: the published baseline (a `check_run` id). */
  @Property({ type: 'uuid', nullable: true })
  publishedRunId?: string | null;

  @OneToMany(() => AgendaItem, (i) => i.meeting, { orderBy: { order: 'asc', id: 'asc' } })
  agenda = new Collection<AgendaItem>(this);

  @OneToMany(() => MeetingParticipant, (p) => p.meeting)
  participants = new Collection<MeetingParticipant>(this);

  @OneToMany(() => ExpectedAbsence, (a) => a.meeting)
  expectedAbsent = new Collection<ExpectedAbsence>(this);
}
