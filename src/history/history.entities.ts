import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

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

@Entity({ tableName: 'membership_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class MembershipHistory extends HistoryRow {
  @Property({ length: 200 }) id: string;
  @Property({ length: 200 }) personId: string;
  @Property({ length: 200 }) organizationId: string;
  @Property({ type: 'text' }) role: string;
  @Property({ type: 'date' }) startDate: string;
  @Property({ type: 'date', nullable: true }) endDate?: string | null;
  @Property({ length: 200, nullable: true }) deputyForId?: string | null;
  @Property({ type: 'text', nullable: true }) groupName?: string | null;
  @Property({ type: 'integer', nullable: true }) deputyOrder?: number | null;
  @Property({ type: 'text', nullable: true }) label?: string | null;
  @Property({ length: 64 }) contentHash: string;
}

@Entity({ tableName: 'relationship_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class RelationshipHistory extends HistoryRow {
  @Property({ length: 200 }) id: string;
  @Property({ length: 200 }) personId: string;
  @Property({ length: 200 }) relativeId: string;
  @Property({ type: 'text' }) kind: string;
  @Property({ type: 'boolean', nullable: true }) half?: boolean | null;
  @Property({ type: 'date', nullable: true }) startDate?: string | null;
  @Property({ type: 'date', nullable: true }) endDate?: string | null;
  @Property({ length: 64 }) contentHash: string;
}

@Entity({ tableName: 'interest_history' })
@Index({ properties: ['id', 'recordedFrom'] })
export class InterestHistory extends HistoryRow {
  @Property({ length: 200 }) id: string;
  @Property({ length: 200 }) personId: string;
  @Property({ length: 200, nullable: true }) organizationId?: string | null;
  @Property({ type: 'text' }) kind: string;
  @Property({ type: 'text', nullable: true }) description?: string | null;
  @Property({ type: 'boolean', nullable: true }) material?: boolean | null;
  @Property({ type: 'date', nullable: true }) declaredOn?: string | null;
  @Property({ type: 'date', nullable: true }) startDate?: string | null;
  @Property({ type: 'date', nullable: true }) endDate?: string | null;
  @Property({ length: 64 }) contentHash: string;
}

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
