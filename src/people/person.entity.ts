import { Collection, Entity, Enum, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { PREFERRED_LANGUAGES, type PreferredLanguage } from '../common/vocabulary';
import { PersonName } from './person-name.entity';
import { PersonIdentifier } from './person-identifier.entity';
import { PersonContactDetail } from './person-contact-detail.entity';

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

  /** The language of what jaavi sends the person; not personal data in the sense of relatives. */
  @Enum({ items: [...PREFERRED_LANGUAGES], nullable: true })
  preferredLang?: PreferredLanguage | null;

  @Property({ length: 64, hidden: true })
  contentHash: string;

  @OneToMany(() => PersonName, (n) => n.person, { orderBy: { position: 'asc' } })
  otherNames = new Collection<PersonName>(this);

  @OneToMany(() => PersonIdentifier, (i) => i.person, { orderBy: { position: 'asc' } })
  identifiers = new Collection<PersonIdentifier>(this);

  @OneToMany(() => PersonContactDetail, (c) => c.person, { orderBy: { position: 'asc' } })
  contactDetails = new Collection<PersonContactDetail>(this);
}
