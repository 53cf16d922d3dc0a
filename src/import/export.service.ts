import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import { sqlRunner } from '../database/sql';
import { exportDataset } from './dataset-exporter';
import type { Dataset } from './validation/dataset.types';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';

/** The stored registry and meetings as one `jaavi-dataset/1` document, read in one snapshot. */
@Injectable()
export class ExportService {
  constructor(private readonly em: EntityManager) {}

  exportDocument(actor: Actor): Promise<Dataset> {
    return this.em.fork().transactional(
      async (tem) => {
        const sql = sqlRunner(tem);
        await appendAudit(sql, actor, { action: 'personal_data.read', subjectType: 'dataset', details: { what: 'export' } });
        return exportDataset(sql);
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ },
    );
  }
}
