import { Check, DeferMode, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** An owner of a company; a public owner makes the company not private (legal-grounds §3). */
@Entity({ tableName: 'organization_owner' })
@Check({ name: 'organization_owner_share_range', expression: 'share is null or (share >= 0 and share <= 1)' })
export class OrganizationOwner {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'cascade' })
  company: Rel<Organization>;

  @ManyToOne(() => Organization, { primary: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  owner: Rel<Organization>;

  @Property({ type: 'double', nullable: true })
  share?: number | null;
}
