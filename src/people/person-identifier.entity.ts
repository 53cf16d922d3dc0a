import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from './person.entity';

@Entity({ tableName: 'person_identifier' })
export class PersonIdentifier {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person: Rel<Person>;

  @Property()
  position: number;

  @Property({ type: 'text' })
  scheme: string;

  @Property({ type: 'text' })
  identifier: string;
}
