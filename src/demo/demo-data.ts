import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { DemoSeeder } from '../../seeds/DemoSeeder';
import { LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import { signDevToken, type DevClaims } from '../auth/dev-token';

/** The demo's users: ready-made development tokens printed at start (never in production). */
const DEMO_USERS: { label: string; claims: DevClaims }[] = [
  {
    label: 'secretary of the city board and the technical committee',
    claims: { sub: 'demo-secretary', roles: ['secretary'], bodies: ['koivula-kh', 'koivula-tela'] },
  },
  {
    label: 'official Aino Lehtonen (city board and county board)',
    claims: { sub: 'demo-official', roles: ['official'], person: 'aino-lehtonen' },
  },
  { label: 'auditor', claims: { sub: 'demo-auditor', roles: ['auditor'] } },
  { label: 'administrator', claims: { sub: 'demo-admin', roles: ['admin'] } },
];

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
    // Under a lock: instances starting together on an empty database seed it once.
    return withAdvisoryLock(this.orm.config.get('clientUrl'), this.config.embedded, LOCKS.demoSeed, async () => {
      const [{ n }] = await this.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from organization');
      if (n > 0) return '';
      await this.orm.getSeeder().seed(DemoSeeder);
      this.logger.log('seeded the demo data set');
      return 'Seeded the demo data set (seeds/demo-dataset.json): try meeting "kh-2026-12-14".\n';
    });
  }

  /** The demo users with development tokens: only for the embedded demo, never in production. */
  async users(): Promise<{ label: string; role: string; token: string }[]> {
    if (this.config.NODE_ENV === 'production' || !this.config.embedded) return [];
    return Promise.all(
      DEMO_USERS.map(async (u) => ({
        label: u.label,
        role: u.claims.roles[0],
        token: await signDevToken(u.claims, this.config.jwtSecret, { expiresIn: '30d' }),
      })),
    );
  }

  /** The demo users' tokens as lines for the console ('' outside the demo). */
  async tokens(): Promise<string> {
    const users = await this.users();
    if (users.length === 0) return '';
    return `\nDemo tokens (send as Authorization: Bearer <token>):\n${users.map((u) => `  ${u.label}:\n    ${u.token}\n`).join('')}`;
  }
}
