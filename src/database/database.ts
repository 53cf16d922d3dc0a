import { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config';
import { ormConfig } from '../config/mikro-orm.config';
import { migrateUnderLock } from './migrate';
import { readLiveOwner, startEmbeddedServer, type EmbeddedServer } from './embedded-server';

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
  const server: EmbeddedServer = await startEmbeddedServer(opts.inMemory ? null : config.JAAVI_DATA_DIR);
  return { url: server.url, embedded: true, close: () => server.stop() };
}

/** Connects MikroORM to the target and brings the schema up to date (under the migrations' lock). */
export async function initOrm(target: Pick<DatabaseTarget, 'url' | 'embedded'>, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(target.url, target.embedded, extra));
  await migrateUnderLock(orm, target.embedded);
  return orm;
}
