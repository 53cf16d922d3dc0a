import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, invalidCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner } from '../database/sql';
import type { AuditEventModel } from './models/audit-event.model';
import type { AuditLogArgs } from './dto/audit-log.args';

/** The audit log's read side: newest first, filtered, cursor-paginated. */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async list(args: AuditLogArgs): Promise<Page<AuditEventModel>> {
    const limit = args.first ?? 50;
    const after = decodeCursor(args.after, 1);
    // The cursor is an event id (a bigint): anything else was not returned by this API.
    if (after && !/^\d{1,18}$/.test(String(after[0]))) invalidCursor();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (args.actor) add('actor = ?', args.actor);
    if (args.action) add('action = ?', args.action);
    if (args.subjectType) add('subject_type = ?', args.subjectType);
    if (args.subjectId) add('subject_id = ?', args.subjectId);
    if (args.from) add('at >= ?::timestamptz', args.from);
    if (args.to) add('at < ?::timestamptz', args.to);
    if (after) add('id < ?::bigint', after[0]);
    const rows = await sqlRunner(this.em)(
      `select id::text, at, actor, roles, action, subject_type, subject_id, request_id, details from audit_event
       ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit ?`,
      [...params, limit + 1],
    );
    const nodes = rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at as string).toISOString(),
      actor: String(r.actor),
      roles: r.roles as string[],
      action: String(r.action),
      subjectType: String(r.subject_type),
      subjectId: (r.subject_id as string | null) ?? null,
      requestId: (r.request_id as string | null) ?? null,
      details: r.details ?? null,
    }));
    return toPage(nodes, limit, (e) => [e.id]);
  }
}
