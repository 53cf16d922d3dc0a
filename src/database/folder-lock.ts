import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

const LOCK_FILE = 'jaavi.lock';

/** What the lock file says about the owner (for messages and for processes that attach). */
export interface LockInfo {
  pid: number;
  /** Folder of the owner's Unix socket. */
  socketDir: string;
  started: string;
}

/** Another live process owns the data folder. */
export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockInfo | null,
  ) {
    super(`the embedded database in ${dir} is in use by ${owner ? `process ${owner.pid}` : 'another process'}`);
  }
}

/**
 * The lock on an embedded data folder, held for the life of the process that owns it.
 *
 * On Linux it is a listening socket in the abstract namespace named after the folder's real
 * path: binding is atomic (a second process gets EADDRINUSE) and the kernel releases it when the
 * process dies, however it dies, so a stale lock cannot exist and a reused PID cannot fool it.
 * Elsewhere the lock file is created exclusively (`wx`) and a lock whose PID no longer runs is
 * taken over. Either way the lock is taken before PGlite opens the folder.
 */
export class FolderLock {
  private constructor(
    readonly dir: string,
    private readonly server: Server | null,
  ) {}

  /** Takes the folder's lock, or null when another live process holds it. */
  static async tryAcquire(dir: string): Promise<FolderLock | null> {
    if (process.platform === 'linux') {
      const server = createServer((socket) => socket.destroy());
      const bound = await new Promise<boolean>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
        server.listen(abstractName(dir), () => resolve(true));
      });
      if (!bound) return null;
      server.unref();
      return new FolderLock(dir, server);
    }
    return acquireLockFile(dir) ? new FolderLock(dir, null) : null;
  }

  /** Records the owner's details (mode 0600: only the owner's user may read them). */
  describe(info: LockInfo): void {
    const path = join(this.dir, LOCK_FILE);
    const temporary = `${path}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(info), { mode: 0o600 });
    renameSync(temporary, path);
  }

  release(): void {
    rmSync(join(this.dir, LOCK_FILE), { force: true });
    this.server?.close();
  }
}

/** The owner's details, when the lock file can be read. */
export function readLockInfo(dir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.socketDir === 'string' ? info : null;
  } catch {
    return null;
  }
}

function abstractName(dir: string): string {
  return `\0jaavi-data-${createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 40)}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Exclusive create of the lock file; a lock left by a dead process is taken over once. */
function acquireLockFile(dir: string): boolean {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(path, 'wx', 0o600));
      writeFileSync(path, JSON.stringify({ pid: process.pid, socketDir: '', started: new Date().toISOString() }), { mode: 0o600 });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLockInfo(dir);
      if (owner && isAlive(owner.pid)) return false;
      rmSync(path, { force: true });
    }
  }
  return false;
}
