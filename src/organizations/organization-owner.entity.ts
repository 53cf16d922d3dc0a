import { DeferMode, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/**
 * An owner of a company; a public owner makes the company not private (legal-grounds §3).
 * The share range (0–1) is checked by a constraint added in the integrity migration.
 */
@Entity({ tableName: 'organization_owner' })
export class OrganizationOwner {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'cascade' })
  company: Rel<Organization>;

  @ManyToOne(() => Organization, { primary: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  owner: Rel<Organization>;

  @Property({ type: 'double', nullable: true })
  share?: number | null;
}
