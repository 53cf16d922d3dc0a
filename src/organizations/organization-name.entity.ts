import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** Another name of an organisation: Swedish name, abbreviation, former name. */
@Entity({ tableName: 'organization_name' })
export class OrganizationName {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization: Rel<Organization>;

  @Property()
  position: number;

  @Property({ length: 500 })
  name: string;

  @Enum({ items: ['fi', 'sv', 'en'], nullable: true })
  lang?: 'fi' | 'sv' | 'en' | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
