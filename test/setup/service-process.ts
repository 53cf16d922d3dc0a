import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'src', 'main.js');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** The compiled service when it is newer than every source (as bin/jaavi.js decides), else the sources. */
function serviceArgs(): string[] {
  try {
    const builtAt = statSync(BUILT).mtimeMs;
    if (['src', 'migrations', 'seeds'].every((dir) => newest(join(ROOT, dir)) <= builtAt)) return [BUILT];
  } catch {
    // no build: run the sources
  }
  return ['-r', '@swc-node/register', join(ROOT, 'src', 'main.ts')];
}

export interface ServiceProcess {
  child: ChildProcess;
  /** Resolves with 'ready' once the service listens, or with its exit code. */
  outcome: Promise<'ready' | number>;
  output(): string;
  exited: Promise<number>;
}

/** `npm start` as a user runs it, in a child process, on the given environment. */
export function startServiceProcess(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, serviceArgs(), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'warn', JAAVI_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : -1))));
  const outcome = new Promise<'ready' | number>((resolve) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('jaavi is running')) resolve('ready');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(resolve);
  });
  return { child, outcome, exited, output: () => output };
}
