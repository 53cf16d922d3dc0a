import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** An official's own announcement that they will withdraw from an item, with a ground. */
@Entity({ tableName: 'self_recusal' })
@Index({ name: 'self_recusal_item_idx', properties: ['item'] })
export class SelfRecusal {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade' })
  item: Rel<AgendaItem>;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @Property({ type: 'text[]' })
  grounds: string[];

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  announcedAt: Date;

  /** Withdrawn by the official before the agenda went out; kept, so a historical check sees it as it was. */
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;
}
