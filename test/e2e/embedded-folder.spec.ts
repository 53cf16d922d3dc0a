import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServiceProcess, type ServiceProcess } from '../setup/service-process';
import { runCli } from '../setup/cli';
import { TEST_SECRET, tokenFor } from '../setup/test-app';

jest.setTimeout(1_500_000);

/** 20 by the measure; JAAVI_LOCK_ROUNDS shortens it while working on the lock. */
const ROUNDS = Number(process.env.JAAVI_LOCK_ROUNDS ?? 20);
const WRITES_PER_ROUND = 3;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function gql(port: number, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
}

function organization(id: string) {
  return { id, name: `Yhdistys ${id}`, classification: 'association' };
}

async function raceOrganizations(port: number, token: string): Promise<string[]> {
  const result = await gql(port, token, '{ organizations(first: 500, classification: association) { nodes { id } } }');
  expect(result.errors).toBeUndefined();
  return (result.data!.organizations.nodes as { id: string }[])
    .map((n) => n.id)
    .filter((id) => id.startsWith('race-'))
    .sort();
}

describe('one embedded data folder, one owner', () => {
  let dir: string;
  let admin: string;
  const env = () => ({ JAAVI_DATA_DIR: dir, JWT_SECRET: TEST_SECRET });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jaavi-lock-'));
    admin = await tokenFor({ sub: 'lock-admin', roles: ['admin'] });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`lets exactly one of two services started together serve, ${ROUNDS} times, losing no acknowledged write`, async () => {
    const acknowledged: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const ports = [await freePort(), await freePort()];
      const services: ServiceProcess[] = ports.map((port) => startServiceProcess({ ...env(), PORT: String(port) }));
      const outcomes = await Promise.all(services.map((s) => s.outcome));
      const winners = outcomes.flatMap((o, i) => (o === 'ready' ? [i] : []));
      expect({ round, winners: winners.length }).toEqual({ round, winners: 1 });
      const loser = services[1 - winners[0]];
      expect(outcomes[1 - winners[0]]).toBe(1);
      expect(loser.output()).toMatch(/embedded database in .* is in use by .*: stop that process, or give this one its own JAAVI_DATA_DIR/);
      expect(loser.output()).not.toMatch(/ at .*\.(js|ts):\d+/);

      // The folder opened and holds every write acknowledged before the last owner was killed.
      const port = ports[winners[0]];
      expect(await raceOrganizations(port, admin)).toEqual([...acknowledged].sort());
      for (let i = 0; i < WRITES_PER_ROUND; i++) {
        const id = `race-${String(round).padStart(2, '0')}-${i}`;
        const result = await gql(port, admin, 'mutation($d: JSON!) { importDataset(dataset: $d) { created } }', {
          d: { format: 'jaavi-dataset/1', organizations: [organization(id)] },
        });
        expect(result.errors).toBeUndefined();
        acknowledged.push(id);
      }
      // Half the owners die without a chance to clean up: the lock must not outlive them.
      const winner = services[winners[0]];
      winner.child.kill(round % 2 === 0 ? 'SIGKILL' : 'SIGTERM');
      await winner.exited;
    }
    const last = await freePort();
    const service = startServiceProcess({ ...env(), PORT: String(last) });
    expect(await service.outcome).toBe('ready');
    try {
      expect(await raceOrganizations(last, admin)).toEqual([...acknowledged].sort());
      expect(acknowledged).toHaveLength(ROUNDS * WRITES_PER_ROUND);
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });

  it('keeps the folder, its lock file and its socket private to the owner, and lets the command line in through the owner', async () => {
    const port = await freePort();
    const service = startServiceProcess({ ...env(), PORT: String(port) });
    expect(await service.outcome).toBe('ready');
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'jaavi.lock')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'run')).mode & 0o777).toBe(0o700);
      const exported = await runCli(['export'], { DATABASE_URL: '', JAAVI_DATA_DIR: dir });
      expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: '' });
      expect(exported.stdout).toContain('race-01-0');
    } finally {
      service.child.kill('SIGKILL');
      await service.exited;
    }
    // The owner was killed: the command line opens the folder itself.
    const exported = await runCli(['export'], { DATABASE_URL: '', JAAVI_DATA_DIR: dir });
    expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(`race-${String(ROUNDS).padStart(2, '0')}-2`);
  });
});
