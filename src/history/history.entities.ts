import { Entity, Index, PrimaryKey, Property, type PropertyOptions } from '@mikro-orm/core';
import type { ColumnDef, Columns, Table } from '../database/table';
import { MEMBERSHIP } from '../memberships/membership.repository';
import { RELATIONSHIP } from '../relationships/relationship.repository';
import { INTEREST } from '../interests/interest.repository';

/**
 * Earlier versions of memberships, relationships, declared interests, meetings and agenda items, with the system time
 * during which each was the recorded truth ([recordedFrom, recordedTo)). Written only by
 * triggers on the main tables (see the migrations); read for "as known on T" checks.
 * Valid time stays in each row's own start_date / end_date.
 */
abstract class HistoryRow {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  historyId: string;

  @Property({ type: 'timestamptz' })
  recordedFrom: Date;

  @Property({ type: 'timestamptz' })
  recordedTo: Date;
}

const DDL: Record<ColumnDef['kind'], PropertyOptions<object>> = {
  id: { type: 'string', length: 200 },
  text: { type: 'text' },
  date: { type: 'date' },
  int: { type: 'integer' },
  float: { type: 'double' },
  bool: { type: 'boolean' },
};

/**
 * Declares a history entity's columns from its main table's column list, so a column added to
 * the table is added here too (the migration adds it to both). No foreign keys: a version
 * outlives the rows it referred to.
 */
function historyOf<S extends Columns>(entity: abstract new () => HistoryRow, main: Table<S>): void {
  for (const [key, c] of main.definitions()) {
    Property({ ...DDL[c.kind], fieldName: c.column, nullable: c.nullable })(entity.prototype, key);
  }
}

@Entity({ tableName: 'membership_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class MembershipHistory extends HistoryRow {
  /** Declared by `historyOf` from `MEMBERSHIP`, with the table's other columns. */
  declare id: string;
  @Property({ length: 64 }) contentHash: string;
}
historyOf(MembershipHistory, MEMBERSHIP);

@Entity({ tableName: 'relationship_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class RelationshipHistory extends HistoryRow {
  /** Declared by `historyOf` from `RELATIONSHIP`, with the table's other columns. */
  declare id: string;
  @Property({ length: 64 }) contentHash: string;
}
historyOf(RelationshipHistory, RELATIONSHIP);

@Entity({ tableName: 'interest_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class InterestHistory extends HistoryRow {
  /** Declared by `historyOf` from `INTEREST`, with the table's other columns. */
  declare id: string;
  @Property({ length: 64 }) contentHash: string;
}
historyOf(InterestHistory, INTEREST);

/**
 * Earlier versions of a meeting: its row with participants and expected absences, as the
 * document `meeting_document()` builds (the shape the facts loader reads). Valid time is the
 * meeting's own date.
 */
@Entity({ tableName: 'meeting_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class MeetingHistory extends HistoryRow {
  @Property({ length: 200 }) id: string;
  @Property({ type: 'jsonb' }) document: unknown;
}

/**
 * Earlier versions of an agenda item, with its counterparties, preparers, concerns and minutes,
 * as the document `agenda_item_document()` builds. Valid time is the meeting's date.
 */
@Entity({ tableName: 'agenda_item_history' })
@Index({ properties: ['meetingId', 'recordedFrom'] })
export class AgendaItemHistory extends HistoryRow {
  @Property({ length: 200 }) id: string;
  @Property({ length: 200 }) meetingId: string;
  @Property({ type: 'jsonb' }) document: unknown;
}
