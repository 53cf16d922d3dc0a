import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli, SCENARIOS_DIR } from '../setup/cli';
import { emptyDatabase } from '../setup/instances';

const run = promisify(execFile);

/**
 * The backup the README prescribes (pg_dump, custom format) restored into a fresh database
 * gives the same export as the database it was taken from.
 */
describe('a backup with pg_dump', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaavi-backup-'));
  let source: Awaited<ReturnType<typeof emptyDatabase>>;
  let restored: Awaited<ReturnType<typeof emptyDatabase>>;

  beforeAll(async () => {
    source = await emptyDatabase();
    restored = await emptyDatabase();
  });

  afterAll(async () => {
    await source?.drop();
    await restored?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database with the same export', async () => {
    const imported = await runCli(['import', join(SCENARIOS_DIR, 'T01.json')], { DATABASE_URL: source.url });
    expect(imported.code).toBe(0);
    const checked = await runCli(['check', '--meeting', 'kh-1'], { DATABASE_URL: source.url });
    expect(checked.code).toBe(0);

    const dump = join(dir, 'jaavi.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, source.url]);
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);

    const before = await runCli(['export'], { DATABASE_URL: source.url });
    const after = await runCli(['export'], { DATABASE_URL: restored.url });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    expect(JSON.parse(after.stdout).organizations.length).toBeGreaterThan(0);
    // The restored database needs no migration: the migrations' table came with it.
    expect(JSON.parse((await runCli(['migrate'], { DATABASE_URL: restored.url })).stdout)).toEqual({ applied: [] });
  }, 300_000);
});
