import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { sqlRunner } from '../database/sql';
import { validateDataset } from './validation';
import { writeDataset, type ImportCounts } from './dataset-writer';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  counts: ImportCounts;
}

/**
 * Imports a `jaavi-dataset/1` document: validates all of it first (every problem, with its
 * JSON path), then writes all of it in one transaction, or nothing.
 */
@Injectable()
export class ImportService {
  constructor(private readonly em: EntityManager) {}

  async importDocument(document: unknown, actor: Actor): Promise<ImportResult> {
    const result = validateDataset(document);
    if (!result.ok) {
      throw AppError.badInput(
        `the dataset has ${result.problems.length} problem(s); nothing was imported`,
        result.problems.map((p) => ({ path: p.path, message: p.message, code: p.code })),
      );
    }
    const counts = await this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const written = await writeDataset(sql, result.dataset);
      await appendAudit(sql, actor, { action: 'dataset.import', subjectType: 'dataset', details: written });
      return written;
    });
    const totals = Object.values(counts).reduce(
      (sum, c) => ({ created: sum.created + c.created, updated: sum.updated + c.updated, unchanged: sum.unchanged + c.unchanged }),
      { created: 0, updated: 0, unchanged: 0 },
    );
    return { ...totals, counts };
  }
}
