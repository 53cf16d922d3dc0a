import { Collection, DeferMode, Entity, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Person } from '../people/person.entity';
import { Meeting } from './meeting.entity';
import { RelatedEntity } from './related-entity.entity';
import { ItemPreparer } from './item-preparer.entity';
import { ItemConcern } from './item-concern.entity';
import { MinutesParticipant } from './minutes-participant.entity';
import { Recusal } from './recusal.entity';
import { Substitute } from './substitute.entity';

/** An agenda item (asia) of a meeting, with its counterparties and, once held, its minutes. */
@Entity({ tableName: 'agenda_item' })
export class AgendaItem {
  @PrimaryKey({ length: 200 })
  id: string;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade', index: true })
  meeting: Rel<Meeting>;

  @Property({ fieldName: 'item_order' })
  order: number;

  @Property({ length: 500 })
  title: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Indexed for an official's warnings (the meetings where they present). */
  @ManyToOne(() => Person, { nullable: true, index: true })
  presentedBy?: Rel<Person> | null;

  /** The item in another meeting that prepared this one (KHO:2018:24). */
  @ManyToOne(() => AgendaItem, { nullable: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  preparedIn?: Rel<AgendaItem> | null;

  @Property({ default: false })
  urgent: boolean = false;

  /** Whether minutes were recorded for the item (a `record` in the dataset). */
  @Property({ default: false })
  hasRecord: boolean = false;

  @Property({ length: 64, hidden: true })
  contentHash: string;

  /** Optimistic lock: every change adds one; an edit naming an older version is refused. */
  @Property({ default: 1 })
  version: number = 1;

  /**
   * When this version (the item with its counterparties, preparers, concerns and minutes) was
   * recorded (system time); a trigger moves the earlier version to `agenda_item_history`.
   */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date & Opt;

  @OneToMany(() => RelatedEntity, (r) => r.item, { orderBy: { position: 'asc' } })
  relatedEntities = new Collection<RelatedEntity>(this);

  @OneToMany(() => ItemPreparer, (p) => p.item, { orderBy: { position: 'asc' } })
  preparedBy = new Collection<ItemPreparer>(this);

  @OneToMany(() => ItemConcern, (c) => c.item, { orderBy: { position: 'asc' } })
  concerns = new Collection<ItemConcern>(this);

  @OneToMany(() => MinutesParticipant, (p) => p.item, { orderBy: { position: 'asc' } })
  minutesParticipants = new Collection<MinutesParticipant>(this);

  @OneToMany(() => Recusal, (r) => r.item, { orderBy: { position: 'asc' } })
  recusals = new Collection<Recusal>(this);

  @OneToMany(() => Substitute, (s) => s.item, { orderBy: { position: 'asc' } })
  substitutes = new Collection<Substitute>(this);
}
