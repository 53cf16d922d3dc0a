import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** A business ID (`fi:ytunnus`), municipality number (`fi:kuntanumero`) or other identifier. */
@Entity({ tableName: 'organization_identifier' })
@Index({ properties: ['scheme', 'identifier'] })
export class OrganizationIdentifier {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization: Rel<Organization>;

  @Property()
  position: number;

  @Property({ type: 'text' })
  scheme: string;

  @Property({ type: 'text' })
  identifier: string;
}
