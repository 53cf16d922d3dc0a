import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Person } from '../people/person.entity';
import { CheckRun } from './check-run.entity';

/** One finding of a check run: a person, an item, the outcome and why. */
@Entity({ tableName: 'finding' })
@Index({ name: 'finding_person_idx', properties: ['person', 'run'] })
export class Finding {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string;

  @ManyToOne(() => CheckRun, { deleteRule: 'cascade', index: true })
  run: Rel<CheckRun>;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade', index: true })
  item: Rel<AgendaItem>;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @Property({ type: 'text' })
  capacity: string;

  @Property({ type: 'text' })
  outcome: 'disqualified' | 'needs_review';

  @Property({ type: 'text', nullable: true })
  lean?: 'disqualified' | 'not_disqualified' | null;

  @Property({ type: 'text[]' })
  grounds: string[];

  @Property({ type: 'text' })
  explanation: string;

  @Property({ type: 'jsonb' })
  evidence: unknown;
}
