import { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config';
import { ormConfig } from '../config/mikro-orm.config';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLiveOwner, startEmbeddedServer, type EmbeddedServer, type Template } from './embedded-server';

export interface DatabaseTarget {
  readonly url: string;
  /** True when the target is PGlite (one connection, one transaction at a time). */
  readonly embedded: boolean;
  /** Stops the embedded server this process started, if any. */
  close(): Promise<void>;
}

/**
 * Where the database is: `DATABASE_URL` when set; otherwise the embedded database in the data
 * folder, served by this process, or by the process that already owns the folder; `inMemory`
 * starts a throw-away embedded database.
 */
export async function resolveDatabase(config: AppConfig, opts: { inMemory?: boolean } = {}): Promise<DatabaseTarget> {
  if (config.DATABASE_URL && !opts.inMemory) {
    return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  if (!opts.inMemory) {
    const owner = readLiveOwner(config.JAAVI_DATA_DIR);
    if (owner && owner.pid !== process.pid) return { url: owner.url, embedded: true, close: async () => undefined };
  }
  const server: EmbeddedServer = opts.inMemory ? await startEmbeddedServer(null, 0, MIGRATED) : await startEmbeddedServer(config.JAAVI_DATA_DIR);
  return { url: server.url, embedded: true, close: () => server.stop() };
}

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations');

/** An in-memory database with every migration applied, saved per set of migrations (embedded-server). */
const MIGRATED: Template = {
  get key() {
    const hash = createHash('sha256');
    for (const name of readdirSync(MIGRATIONS_DIR).sort()) hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name)));
    return `migrated-${hash.digest('hex').slice(0, 16)}`;
  },
  async prepare(url) {
    // Quiet: the migrator logs each step to stdout, which is the command's document.
    const orm = await initOrm({ url, embedded: true }, { logger: () => undefined });
    await orm.close();
  },
};

/** Connects MikroORM to the target and brings the schema up to date (migrations run on start). */
export async function initOrm(target: Pick<DatabaseTarget, 'url' | 'embedded'>, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(target.url, target.embedded, extra));
  await orm.getMigrator().up();
  return orm;
}
