import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { PersonName } from './person-name.entity';
import { PersonIdentifier } from './person-identifier.entity';

/** An elected official, employee or relative. Never holds a personal identity code. */
@Entity({ tableName: 'person' })
export class Person {
  @PrimaryKey({ length: 200 })
  id: string;

  @Property({ length: 500 })
  name: string;

  @Property({ type: 'text', nullable: true })
  givenName?: string | null;

  @Property({ type: 'text', nullable: true })
  familyName?: string | null;

  @Property({ length: 64, hidden: true })
  contentHash: string;

  @OneToMany(() => PersonName, (n) => n.person, { orderBy: { position: 'asc' } })
  otherNames = new Collection<PersonName>(this);

  @OneToMany(() => PersonIdentifier, (i) => i.person, { orderBy: { position: 'asc' } })
  identifiers = new Collection<PersonIdentifier>(this);
}
