import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { DemoSeeder } from '../../seeds/DemoSeeder';

/**
 * The demo data set: seeded into an empty database when the service starts on the embedded
 * database (or when JAAVI_DEMO=true), never over existing data.
 */
@Injectable()
export class DemoData {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
  ) {}

  private wanted(): boolean {
    if (this.config.JAAVI_DEMO) return this.config.JAAVI_DEMO === 'true';
    return this.config.embedded;
  }

  /** Seeds when wanted and the registry is empty; returns a message for the console, or ''. */
  async seedIfWanted(): Promise<string> {
    if (!this.wanted()) return '';
    const [{ n }] = await this.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from organization');
    if (n > 0) return '';
    await this.orm.getSeeder().seed(DemoSeeder);
    this.logger.log('seeded the demo data set');
    return 'Seeded the demo data set (seeds/demo-dataset.json): try meeting "kh-2026-12-14".\n';
  }
}
