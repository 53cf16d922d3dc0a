import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import type { RelationshipKind } from '../rules/facts';
import { RELATIONSHIP_KINDS } from '../common/domain-enums';
import { Person } from '../people/person.entity';

/** A family or close relationship, recorded from `person`'s point of view (personal data). */
@Entity({ tableName: 'relationship' })
@Check({ name: 'relationship_dates_ordered', expression: 'end_date is null or start_date is null or end_date >= start_date' })
@Check({ name: 'relationship_not_self', expression: 'person_id <> relative_id' })
export class Relationship {
  @PrimaryKey({ length: 200 })
  id: string;

  @ManyToOne(() => Person, { index: true })
  person: Rel<Person>;

  @ManyToOne(() => Person, { index: true })
  relative: Rel<Person>;

  @Enum({ items: () => [...RELATIONSHIP_KINDS] })
  kind: RelationshipKind;

  @Property({ type: 'boolean', nullable: true })
  half?: boolean | null;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Property({ length: 64, hidden: true })
  contentHash: string;

  /** When this version was recorded (system time); older versions move to the history table. */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date & Opt;
}
