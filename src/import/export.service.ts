import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import { sqlRunner } from '../database/sql';
import { exportDataset } from './dataset-exporter';
import type { Dataset } from './validation/dataset.types';

/** The stored registry and meetings as one `jaavi-dataset/1` document, read in one snapshot. */
@Injectable()
export class ExportService {
  constructor(private readonly em: EntityManager) {}

  exportDocument(): Promise<Dataset> {
    return this.em.fork().transactional((tem) => exportDataset(sqlRunner(tem)), { isolationLevel: IsolationLevel.REPEATABLE_READ });
  }
}
