import type { SqlRunner } from '../database/sql';
import type { Actor } from './actor';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: unknown;
}

/** Appends one event, on the caller's connection: inside its transaction, so both land or neither. */
export async function appendAudit(sql: SqlRunner, actor: Actor, entry: AuditEntry): Promise<void> {
  await sql(
    `insert into audit_event (actor, roles, action, subject_type, subject_id, request_id, details)
     values (?, ?::text[], ?, ?, ?, ?, ?::jsonb)`,
    [
      actor.sub,
      `{${actor.roles.join(',')}}`,
      entry.action,
      entry.subjectType,
      entry.subjectId ?? null,
      actor.requestId,
      entry.details === undefined ? null : JSON.stringify(entry.details),
    ],
  );
}
