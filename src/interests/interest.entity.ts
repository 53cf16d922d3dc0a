import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import type { InterestKind } from '../rules/facts';
import { INTEREST_KINDS } from '../common/domain-enums';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/** A declared interest (sidonnaisuusilmoitus, KL 84): personal data. */
@Entity({ tableName: 'interest' })
@Check({ name: 'interest_dates_ordered', expression: 'end_date is null or start_date is null or end_date >= start_date' })
export class Interest {
  @PrimaryKey({ length: 200 })
  id: string;

  @ManyToOne(() => Person, { index: true })
  person: Rel<Person>;

  @ManyToOne(() => Organization, { nullable: true, index: true })
  organization?: Rel<Organization> | null;

  @Enum({ items: () => [...INTEREST_KINDS] })
  kind: InterestKind;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'boolean', nullable: true })
  material?: boolean | null;

  @Property({ type: 'date', nullable: true })
  declaredOn?: string | null;

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
