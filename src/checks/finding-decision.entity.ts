import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Finding } from './finding.entity';

/**
 * The body's decision on a finding (HL 29), as the secretary records it: confirmed, or dismissed
 * with a reason. Decisions are appended, never edited; the latest one counts.
 */
@Entity({ tableName: 'finding_decision' })
@Index({ name: 'finding_decision_finding_idx', properties: ['finding', 'decidedAt'] })
export class FindingDecision {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string;

  @ManyToOne(() => Finding, { deleteRule: 'cascade' })
  finding: Rel<Finding>;

  @Enum({ items: ['confirmed', 'dismissed'] })
  status: 'confirmed' | 'dismissed';

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'text' })
  decidedBy: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  decidedAt: Date;
}
