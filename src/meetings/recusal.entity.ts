import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A recusal recorded in the minutes, with its grounds and who decided it (HL 29). */
@Entity({ tableName: 'recusal' })
export class Recusal {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade', index: true })
  item: Rel<AgendaItem>;

  @Property()
  position: number;

  @ManyToOne(() => Person, { index: true })
  person: Rel<Person>;

  @Property({ type: 'text[]' })
  grounds: string[] = [];

  @Enum({ items: ['self', 'body'], nullable: true })
  decidedBy?: 'self' | 'body' | null;
}
