import { Entity, ManyToOne, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { Meeting } from './meeting.entity';

/** A member known in advance to be absent: replaced like a disqualified member (§6). */
@Entity({ tableName: 'expected_absence' })
export class ExpectedAbsence {
  @ManyToOne(() => Meeting, { primary: true, deleteRule: 'cascade' })
  meeting: Rel<Meeting>;

  @ManyToOne(() => Person, { primary: true })
  person: Rel<Person>;
}
