import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** How many socket connections PGlite serves; each process keeps a pool of one (stack-notes). */
const MAX_CONNECTIONS = 8;
const LOCK_FILE = 'jaavi.lock';

export interface EmbeddedServer {
  /** postgres:// URL of the socket server. */
  readonly url: string;
  stop(): Promise<void>;
}

interface LockContent {
  pid: number;
  url: string;
}

/**
 * The process that owns an embedded data folder, when it is still alive, and the URL it serves
 * the database on. Two processes opening one folder lose data, so others connect through it.
 */
export function readLiveOwner(dataDir: string): LockContent | null {
  try {
    const lock = JSON.parse(readFileSync(join(resolve(dataDir), LOCK_FILE), 'utf8')) as LockContent;
    process.kill(lock.pid, 0);
    return lock;
  } catch {
    return null;
  }
}

/**
 * Starts PGlite (WASM PostgreSQL) behind the PostgreSQL wire protocol on 127.0.0.1, so the
 * ordinary MikroORM PostgreSQL driver talks to it exactly as to a real server.
 * `dataDir` null keeps everything in memory.
 */
export async function startEmbeddedServer(dataDir: string | null, port = 0): Promise<EmbeddedServer> {
  let lockPath: string | null = null;
  if (dataDir) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const owner = readLiveOwner(dir);
    if (owner && owner.pid !== process.pid) {
      throw new Error(`the embedded database in ${dir} is in use by process ${owner.pid} (${owner.url})`);
    }
    lockPath = join(dir, LOCK_FILE);
  }
  const db = await PGlite.create(dataDir ? join(resolve(dataDir), 'pgdata') : undefined);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, url } satisfies LockContent));
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
