import { Check, Collection, DeferMode, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { Classification } from '../rules/facts';
import { CLASSIFICATIONS } from '../common/domain-enums';
import { OrganizationName } from './organization-name.entity';
import { OrganizationIdentifier } from './organization-identifier.entity';
import { OrganizationOwner } from './organization-owner.entity';
import { JointAuthorityMember } from './joint-authority-member.entity';

/** A legal entity (municipality, county, company, …) or one of its bodies (toimielin). */
@Entity({ tableName: 'organization' })
@Check({ name: 'organization_seats_positive', expression: 'seats is null or seats > 0' })
@Check({ name: 'organization_not_own_parent', expression: 'parent_id is null or parent_id <> id' })
export class Organization {
  @PrimaryKey({ length: 200 })
  id: string;

  @Property({ length: 500 })
  name: string;

  @Enum({ items: () => [...CLASSIFICATIONS] })
  @Index()
  classification: Classification;

  @ManyToOne(() => Organization, { nullable: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  parent?: Rel<Organization> | null;

  @Property({ type: 'integer', nullable: true })
  seats?: number | null;

  /** Hash of the imported record with its child rows: unchanged records are not rewritten. */
  @Property({ length: 64, hidden: true })
  contentHash: string;

  @OneToMany(() => OrganizationName, (n) => n.organization, { orderBy: { position: 'asc' } })
  otherNames = new Collection<OrganizationName>(this);

  @OneToMany(() => OrganizationIdentifier, (i) => i.organization, { orderBy: { position: 'asc' } })
  identifiers = new Collection<OrganizationIdentifier>(this);

  @OneToMany(() => OrganizationOwner, (o) => o.company)
  owners = new Collection<OrganizationOwner>(this);

  @OneToMany(() => JointAuthorityMember, (m) => m.authority)
  jointMembers = new Collection<JointAuthorityMember>(this);
}
