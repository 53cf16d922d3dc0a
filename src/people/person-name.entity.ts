import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from './person.entity';

@Entity({ tableName: 'person_name' })
export class PersonName {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person: Rel<Person>;

  @Property()
  position: number;

  @Property({ length: 500 })
  name: string;

  @Enum({ items: ['fi', 'sv', 'en'], nullable: true })
  lang?: 'fi' | 'sv' | 'en' | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
