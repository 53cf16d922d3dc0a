import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { lockFactsRevision } from '../database/facts-revision';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { ChecksService } from './checks.service';

/**
 * The agenda goes out (api.md, "The meeting cycle"): the meeting is marked distributed and the
 * check run at that moment becomes its published baseline, so every later check can say what
 * changed since the members received the agenda and the summons (a corrected summons).
 */
@Injectable()
export class AgendaPublisherService {
  constructor(
    private readonly em: EntityManager,
    private readonly checks: ChecksService,
  ) {}

  async publish(actor: Actor, meetingId: string, version: number): Promise<string> {
    await this.assertPublishable(sqlRunner(this.em.fork()), meetingId, version);
    // The run the agenda goes out with: the latest one if the result is unchanged, else a new one.
    const run = await this.checks.check(meetingId, actor);
    await this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      await lockFactsRevision(sql);
      await this.assertPublishable(sql, meetingId, version, true);
      await sql('update meeting set agenda_published_at = now(), published_run_id = ?::uuid, version = version + 1 where id = ?', [
        run.runId,
        meetingId,
      ]);
      await appendAudit(sql, actor, {
        action: 'agenda.publish',
        subjectType: 'meeting',
        subjectId: meetingId,
        details: { runId: run.runId },
      });
    });
    return meetingId;
  }

  private async assertPublishable(sql: SqlRunner, meetingId: string, version: number, lock = false): Promise<void> {
    const [row] = await sql(`select status, version from meeting where id = ?${lock ? ' for update' : ''}`, [meetingId]);
    if (!row) throw AppError.notFound('meeting', meetingId);
    if (row.status === 'held') {
      throw new AppError('CONFLICT', `meeting "${meetingId}" is held: its agenda can no longer go out`, [
        { path: 'meetingId', message: 'the meeting is held' },
      ]);
    }
    if (Number(row.version) !== version) {
      throw new AppError(
        'CONFLICT',
        `meeting "${meetingId}" was changed by someone else (version ${String(row.version)}, you have ${version}); reload and try again`,
        [{ path: 'version', message: `stored version is ${String(row.version)}` }],
      );
    }
  }
}
