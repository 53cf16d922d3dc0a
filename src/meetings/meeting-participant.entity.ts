import { Entity, Enum, ManyToOne, type Rel } from '@mikro-orm/core';
import type { ParticipantRole } from '../rules/facts';
import { PARTICIPANT_ROLES } from '../common/domain-enums';
import { Person } from '../people/person.entity';
import { Meeting } from './meeting.entity';

/** A non-member with a right to attend: presenter, minute-taker or other attendee. */
@Entity({ tableName: 'meeting_participant' })
export class MeetingParticipant {
  @ManyToOne(() => Meeting, { primary: true, deleteRule: 'cascade' })
  meeting: Rel<Meeting>;

  @ManyToOne(() => Person, { primary: true, index: true })
  person: Rel<Person>;

  @Enum({ items: () => [...PARTICIPANT_ROLES], primary: true })
  role: ParticipantRole;
}
