import { Entity, Enum, ManyToOne, Unique, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { AgendaItem } from '../meetings/agenda-item.entity';

/** The secretary's answer to a suggested counterparty found in an item's text. */
@Entity({ tableName: 'counterparty_decision' })
@Unique({ name: 'counterparty_decision_unique', properties: ['item', 'entityType', 'entityId'] })
export class CounterpartyDecision {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade' })
  item: Rel<AgendaItem>;

  @Enum({ items: ['organization', 'person'] })
  entityType: 'organization' | 'person';

  @Property({ length: 200 })
  entityId: string;

  @Enum({ items: ['accepted', 'rejected'] })
  status: 'accepted' | 'rejected';

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'text' })
  decidedBy: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  decidedAt: Date;
}
