import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A person recorded in the minutes as having taken part in the item. */
@Entity({ tableName: 'minutes_participant' })
export class MinutesParticipant {
  @ManyToOne(() => AgendaItem, { primary: true, deleteRule: 'cascade' })
  item: Rel<AgendaItem>;

  @ManyToOne(() => Person, { primary: true, index: true })
  person: Rel<Person>;

  @Property()
  position: number;
}
