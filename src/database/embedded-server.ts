import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { FolderInUseError, FolderLock, readLockInfo } from './folder-lock';

/** How many socket connections PGlite serves; each process keeps a pool of one (stack-notes). */
const MAX_CONNECTIONS = 8;
/** PostgreSQL clients look for `<dir>/.s.PGSQL.<port>`; the default port keeps URLs short. */
const SOCKET_FILE = '.s.PGSQL.5432';
/** Unix socket paths are limited to 108 bytes (sun_path). */
const MAX_SOCKET_PATH = 100;
/** How long a process that attaches waits for an owner that is still opening the folder. */
const ATTACH_WAIT_MS = 120_000;

export interface EmbeddedServer {
  /** postgres:// URL of the socket server. */
  readonly url: string;
  stop(): Promise<void>;
}

export { FolderInUseError };

/**
 * The URL of a Unix socket folder: PGlite's wire protocol has no password, so the socket is a
 * file in a folder only the owner's user may enter (0700), instead of a port any local user
 * could connect to.
 */
export function socketUrl(socketDir: string): string {
  return `postgres://postgres@${encodeURIComponent(socketDir)}/postgres`;
}

/**
 * Where the data folder's socket lives: `run/` inside it, or, when that path is too long for a
 * Unix socket, a folder in the system's temporary directory named after the data folder (the
 * same on every start, so processes attached through the owner reconnect when it comes back).
 */
function socketDirFor(dir: string): string {
  const inside = join(dir, 'run');
  if (join(inside, SOCKET_FILE).length <= MAX_SOCKET_PATH) return inside;
  const hash = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 16);
  return join(tmpdir(), `jaavi-${userInfo().uid}-${hash}`);
}

/** Creates `path` as a folder only this user may enter, refusing one owned by someone else. */
function privateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  const stat = lstatSync(path);
  if (!stat.isDirectory() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) {
    throw new Error(`${path} is not a folder owned by this user`);
  }
  if ((stat.mode & 0o077) !== 0) chmodSync(path, 0o700);
}

/**
 * The owner of an embedded data folder, for a process that connects through it instead of
 * opening the folder itself (two processes opening one folder lose data): its socket URL once
 * it answers (an owner may still be opening the folder), or null when no process owns it.
 */
export async function waitForOwner(dataDir: string): Promise<{ url: string; pid: number } | null> {
  const dir = resolve(dataDir);
  const deadline = Date.now() + ATTACH_WAIT_MS;
  for (;;) {
    const lock = await FolderLock.tryAcquire(dir).catch(() => null);
    if (lock) {
      lock.release();
      return null;
    }
    const info = readLockInfo(dir);
    if (info?.socketDir && (await answers(join(info.socketDir, SOCKET_FILE)))) return { url: socketUrl(info.socketDir), pid: info.pid };
    if (Date.now() > deadline) throw new FolderInUseError(dir, info);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts PGlite (WASM PostgreSQL) behind the PostgreSQL wire protocol on a Unix socket, so the
 * ordinary MikroORM PostgreSQL driver talks to it exactly as to a real server. The folder's
 * lock is taken before PGlite opens it and held until `stop` (or the process's end);
 * `FolderInUseError` when another process holds it. `dataDir` null keeps everything in memory.
 */
export async function startEmbeddedServer(dataDir: string | null): Promise<EmbeddedServer> {
  let lock: FolderLock | null = null;
  let socketDir: string;
  let temporarySocketDir = false;
  if (dataDir) {
    const dir = resolve(dataDir);
    privateFolder(dir);
    lock = await FolderLock.tryAcquire(dir);
    if (!lock) throw new FolderInUseError(dir, readLockInfo(dir));
    socketDir = socketDirFor(dir);
    privateFolder(socketDir);
    lock.describe({ pid: process.pid, socketDir, started: new Date().toISOString() });
  } else {
    socketDir = mkdtempSync(join(tmpdir(), 'jaavi-mem-'));
    temporarySocketDir = true;
  }
  const socketPath = join(socketDir, SOCKET_FILE);
  let db: PGlite | undefined;
  try {
    // A socket file left by an owner that died; the lock proves nobody serves on it.
    rmSync(socketPath, { force: true });
    db = await PGlite.create(dataDir ? join(resolve(dataDir), 'pgdata') : undefined);
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: MAX_CONNECTIONS });
    await server.start();
    if (statSync(socketDir).mode & 0o077) throw new Error(`${socketDir} must be private to this user`);
    const url = socketUrl(socketDir);
    let stopped = false;
    const opened = db;
    return {
      url,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await opened.close();
        rmSync(temporarySocketDir ? socketDir : socketPath, { recursive: true, force: true });
        lock?.release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
