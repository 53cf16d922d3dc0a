import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A person who prepared the item (valmistelija): KL 97.3 second sentence. */
@Entity({ tableName: 'item_preparer' })
export class ItemPreparer {
  @ManyToOne(() => AgendaItem, { primary: true, deleteRule: 'cascade' })
  item: Rel<AgendaItem>;

  @ManyToOne(() => Person, { primary: true, index: true })
  person: Rel<Person>;

  @Property()
  position: number;
}
