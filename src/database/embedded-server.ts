import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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

/** A prepared in-memory database: `prepare` runs once per `key` (e.g. the migrations), then its result is reused. */
export interface Template {
  readonly key: string;
  prepare(url: string): Promise<void>;
}

function pgliteVersion(): string {
  const file = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function savedCluster(name: string): string {
  return join(tmpdir(), `jaavi-pglite-${process.getuid?.() ?? 'user'}`, `${pgliteVersion()}-${name}.tar`);
}

async function load(file: string): Promise<PGlite | null> {
  try {
    return await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  } catch {
    return null; // not saved yet, or unreadable: made again below
  }
}

async function save(db: PGlite, file: string): Promise<void> {
  const dump = await db.dumpDataDir('none');
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a process starting at the same moment never reads half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
}

/**
 * A fresh PGlite cluster costs about 4.5 s of CPU (initdb in WASM), and the migrations on it a
 * few more; loading a saved copy costs a tenth of that. The first in-memory start on a machine
 * saves the empty cluster (and, with a template, the prepared one) under the temporary folder,
 * keyed by the PGlite version and the template's key; later starts (`--in-memory`, the test
 * servers) load the copy.
 */
async function freshInMemory(): Promise<PGlite> {
  const file = savedCluster('empty');
  const saved = await load(file);
  if (saved) return saved;
  const db = await PGlite.create();
  await save(db, file);
  return db;
}

/**
 * Starts PGlite (WASM PostgreSQL) behind the PostgreSQL wire protocol on 127.0.0.1, so the
 * ordinary MikroORM PostgreSQL driver talks to it exactly as to a real server.
 * `dataDir` null keeps everything in memory.
 */
export async function startEmbeddedServer(dataDir: string | null, port = 0, template?: Template): Promise<EmbeddedServer> {
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
  const prepared = !dataDir && template ? savedCluster(template.key) : null;
  const loaded = prepared ? await load(prepared) : null;
  const db = dataDir ? await PGlite.create(join(resolve(dataDir), 'pgdata')) : (loaded ?? (await freshInMemory()));
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  if (prepared && !loaded && template) {
    await template.prepare(url);
    await save(db, prepared);
  }
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
