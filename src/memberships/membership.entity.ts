import { Check, DeferMode, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import type { MembershipRole } from '../rules/facts';
import { MEMBERSHIP_ROLES } from '../common/domain-enums';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/**
 * A seat in a body or a position in an entity, from `start_date` to `end_date` (inclusive).
 * The deputy-in-the-same-body rule is enforced by a trigger (see the migrations).
 */
@Entity({ tableName: 'membership' })
@Index({ name: 'membership_person_dates_idx', properties: ['person', 'startDate', 'endDate'] })
@Index({ name: 'membership_organization_dates_idx', properties: ['organization', 'startDate', 'endDate'] })
@Check({ name: 'membership_dates_ordered', expression: 'end_date is null or end_date >= start_date' })
@Check({ name: 'membership_deputy_for_only_deputies', expression: "deputy_for_id is null or role = 'deputy'" })
@Check({ name: 'membership_deputy_order_positive', expression: 'deputy_order is null or deputy_order >= 1' })
export class Membership {
  @PrimaryKey({ length: 200 })
  id: string;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @ManyToOne(() => Organization)
  organization: Rel<Organization>;

  @Enum({ items: () => [...MEMBERSHIP_ROLES] })
  role: MembershipRole;

  @Property({ type: 'date' })
  startDate: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @ManyToOne(() => Membership, { nullable: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  deputyFor?: Rel<Membership> | null;

  /** Council group (party or list) for council members and deputies. */
  @Property({ fieldName: 'group_name', type: 'text', nullable: true })
  group?: string | null;

  @Property({ type: 'integer', nullable: true })
  deputyOrder?: number | null;

  @Property({ type: 'text', nullable: true })
  label?: string | null;

  /** A free remark on the seat (public, as the seat is), e.g. where the appointment is recorded. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ length: 64, hidden: true })
  contentHash: string;

  /** When this version was recorded (system time); older versions move to the history table. */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date & Opt;
}
