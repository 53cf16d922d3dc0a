import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { RelatedEntityRole } from '../rules/facts';
import { RELATED_ENTITY_ROLES } from '../common/domain-enums';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** A counterparty of an item: an organisation or a person, with its role in the matter. */
@Entity({ tableName: 'related_entity' })
@Check({
  name: 'related_entity_one_target',
  expression:
    "(entity_type = 'organization' and organization_id is not null and person_id is null) or (entity_type = 'person' and person_id is not null and organization_id is null)",
})
export class RelatedEntity {
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade', index: true })
  item: Rel<AgendaItem>;

  @Property()
  position: number;

  @Enum({ items: ['organization', 'person'] })
  entityType: 'organization' | 'person';

  @ManyToOne(() => Organization, { nullable: true })
  @Index()
  organization?: Rel<Organization> | null;

  @ManyToOne(() => Person, { nullable: true })
  @Index()
  person?: Rel<Person> | null;

  @Enum({ items: () => [...RELATED_ENTITY_ROLES] })
  role: RelatedEntityRole;

  /** For a representative: the external id of the party it acts for. */
  @Property({ length: 200, nullable: true })
  onBehalfOf?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
