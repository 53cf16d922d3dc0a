import { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config';
import { ormConfig } from '../config/mikro-orm.config';
import { FolderInUseError, startEmbeddedServer, waitForOwner } from './embedded-server';
import { migrateUnderLock } from './migrate';

export interface DatabaseTarget {
  readonly url: string;
  /** True when the target is PGlite (one connection, one transaction at a time). */
  readonly embedded: boolean;
  /** Stops the embedded server this process started, if any. */
  close(): Promise<void>;
}

export interface ResolveOptions {
  /** A throw-away embedded database. */
  inMemory?: boolean;
  /**
   * Connect through the process that owns the data folder when there is one (the CLI). The
   * service does not: a second service on one folder exits with `FolderInUseError`.
   */
  attach?: boolean;
}

/**
 * Where the database is: `DATABASE_URL` when set; otherwise the embedded database in the data
 * folder, served by this process, or (with `attach`) by the process that already owns it;
 * `inMemory` starts a throw-away embedded database.
 */
export async function resolveDatabase(config: AppConfig, opts: ResolveOptions = {}): Promise<DatabaseTarget> {
  if (config.DATABASE_URL && !opts.inMemory) {
    return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  if (opts.inMemory) {
    const server = await startEmbeddedServer(null);
    return { url: server.url, embedded: true, close: () => server.stop() };
  }
  // Owning and attaching race with other processes starting at the same time: whoever takes the
  // folder's lock opens it; the others wait for its socket, or try again when the lock is free.
  for (;;) {
    try {
      const server = await startEmbeddedServer(config.JAAVI_DATA_DIR);
      return { url: server.url, embedded: true, close: () => server.stop() };
    } catch (error) {
      if (!(error instanceof FolderInUseError) || !opts.attach) throw error;
    }
    const owner = await waitForOwner(config.JAAVI_DATA_DIR);
    if (owner) return { url: owner.url, embedded: true, close: async () => undefined };
  }
}

/** Connects MikroORM to the target and brings the schema up to date (under the migrations' lock). */
export async function initOrm(target: Pick<DatabaseTarget, 'url' | 'embedded'>, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(target.url, target.embedded, extra));
  await migrateUnderLock(orm, target.embedded);
  return orm;
}
