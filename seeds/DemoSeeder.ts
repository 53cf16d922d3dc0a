import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { validateDataset } from '../src/import/validation';
import { writeDataset } from '../src/import/dataset-writer';
import { sqlRunner } from '../src/database/sql';
import { appendAudit } from '../src/audit/audit-log';

/**
 * The demo: a fictional city and wellbeing county with dual-role members (seeds/demo-dataset.json),
 * written through the same validation and writer as any import.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const document: unknown = JSON.parse(readFileSync(join(__dirname, 'demo-dataset.json'), 'utf8'));
    const result = validateDataset(document);
    if (!result.ok) throw new Error(`the demo data set is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    await em.transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const counts = await writeDataset(sql, result.dataset);
      await appendAudit(
        sql,
        { sub: 'demo-seeder', roles: ['admin'], requestId: null, principal: null },
        {
          action: 'dataset.import',
          subjectType: 'dataset',
          details: counts,
        },
      );
    });
  }
}
