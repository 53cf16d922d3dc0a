import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner } from '../database/sql';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import type { DecisionView } from './checks.service';

/** Records the body's decision on a finding (HL 29): confirmed, or dismissed with a reason. */
@Injectable()
export class DecisionsService {
  constructor(private readonly em: EntityManager) {}

  async decide(actor: Actor, findingId: string, status: 'confirmed' | 'dismissed', note: string | null): Promise<DecisionView> {
    if (status === 'dismissed' && !note?.trim()) {
      throw AppError.badInput('a dismissal needs a reason', [{ path: 'reason', message: 'a dismissal needs a reason' }]);
    }
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const [finding] = await sql('select id from finding where id::text = ?', [findingId]);
      if (!finding) throw AppError.notFound('finding', findingId);
      const [row] = await sql(
        `insert into finding_decision (finding_id, status, note, decided_by) values (?::uuid, ?, ?, ?)
         returning status, note, decided_by, decided_at`,
        [findingId, status, note?.trim() || null, actor.sub],
      );
      await appendAudit(sql, actor, { action: `finding.${status}`, subjectType: 'finding', subjectId: findingId, details: { note } });
      return {
        status: String(row.status),
        note: (row.note as string | null) ?? null,
        by: String(row.decided_by),
        at: new Date(row.decided_at as string).toISOString(),
      };
    });
  }
}
