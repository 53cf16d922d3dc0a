import { Injectable, Logger } from '@nestjs/common';
import type { SqlRunner } from '../database/sql';
import { buildDetector, type Detector } from '../detection';
import { registryAliases } from './registry-aliases';

/**
 * The matcher over the registry's names, built once per registry revision (the revision moves
 * when a name or identifier changes) and shared by every request.
 */
@Injectable()
export class CounterpartyDetector {
  private readonly logger = new Logger('Counterparties');
  private cached: { revision: string; detector: Detector } | null = null;
  private building: Promise<{ revision: string; detector: Detector }> | null = null;

  async get(sql: SqlRunner): Promise<Detector> {
    const [row] = await sql('select revision::text from registry_revision where id = 1', []);
    const revision = row ? String(row.revision) : 'none';
    if (this.cached?.revision === revision) return this.cached.detector;
    if (!this.building) {
      this.building = (async () => {
        const started = Date.now();
        const detector = buildDetector(await registryAliases(sql));
        this.logger.log(`matcher built for revision ${revision}: ${detector.aliasCount} aliases in ${Date.now() - started} ms`);
        return { revision, detector };
      })().finally(() => (this.building = null));
    }
    this.cached = await this.building;
    return this.cached.detector;
  }
}
