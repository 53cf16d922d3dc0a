import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { CONTACT_DETAIL_TYPES, type ContactDetailType } from '../common/vocabulary';
import { Person } from './person.entity';

/**
 * A person's e-mail address or phone number (Popolo `contact_details`). Personal data: read only
 * through `PersonalDataService`, never in the public person view.
 */
@Entity({ tableName: 'person_contact_detail' })
export class PersonContactDetail {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person: Rel<Person>;

  @Property()
  position: number;

  @Enum({ items: [...CONTACT_DETAIL_TYPES] })
  type: ContactDetailType;

  @Property({ type: 'text' })
  value: string;

  @Property({ type: 'text', nullable: true })
  label?: string | null;
}
