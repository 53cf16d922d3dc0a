import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A substitute recorded in the minutes: `person` sat in for `forPerson`. */
@Entity({ tableName: 'substitute' })
export class Substitute {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade', index: true })
  item: Rel<AgendaItem>;

  @Property()
  position: number;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @ManyToOne(() => Person)
  forPerson: Rel<Person>;
}
