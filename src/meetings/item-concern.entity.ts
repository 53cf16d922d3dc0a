import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A manual flag that the item concerns a person (HL 28.1 § 7 general clause). */
@Entity({ tableName: 'item_concern' })
export class ItemConcern {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade', index: true })
  item: Rel<AgendaItem>;

  @Property()
  position: number;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @Property({ type: 'text' })
  text: string;
}
