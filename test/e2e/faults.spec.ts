import { Client } from 'pg';
import { tokenFor } from '../setup/test-app';
import { emptyDatabase, POSTGRES_URL, startInstance, type Instance } from '../setup/instances';
import { scenarioDataset } from '../support/datasets';
import { IMPORT_DATASET, MEETING_CHECK } from '../support/queries';

interface Outcome {
  operation: string;
  status: number;
  retryAfter: string | null;
  code?: string;
  retryable?: boolean;
}

/** Terminates every connection the service holds to its database (as an operator or a failover would). */
async function terminateServiceConnections(database: string): Promise<number> {
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = $1 and application_name = 'jaavi' and pid <> pg_backend_pid()`,
      [database],
    );
    for (const { pid } of rows) await admin.query('select pg_terminate_backend($1)', [pid]);
    return rows.length;
  } finally {
    await admin.end();
  }
}

/**
 * Faults that heal: the database drops the service's connections while it is under load. The
 * requests that fail say so with a retryable code (HTTP 503, Retry-After), none with an internal
 * error, and the service serves again by itself.
 */
describe('lost database connections under load', () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  let instance: Instance;
  let admin: string;
  const dataset = scenarioDataset('A01');

  async function call(operation: string, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
    const response = await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
    const error = body.errors?.[0]?.extensions;
    return { operation, status: response.status, retryAfter: response.headers.get('retry-after'), code: error?.code, retryable: error?.retryable };
  }

  beforeAll(async () => {
    db = await emptyDatabase();
    instance = await startInstance({ DATABASE_URL: db.url });
    admin = await tokenFor({ sub: 'fault-admin', roles: ['admin'] });
    expect((await call('import', IMPORT_DATASET, { dataset })).code).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await instance?.stop();
    await db?.drop();
  });

  it('answers SERVICE_UNAVAILABLE (503, Retry-After) to what fails, never INTERNAL_SERVER_ERROR, and heals', async () => {
    const meetingId = ((await (await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ meetings(first: 1) { nodes { id } } }' }),
    })).json()) as { data: { meetings: { nodes: { id: string }[] } } }).data.meetings.nodes[0].id;

    const operations: [string, string, Record<string, unknown>][] = [
      ['meetingCheck', MEETING_CHECK, { meetingId }],
      ['organizations', '{ organizations(first: 20) { nodes { id } } }', {}],
      ['auditLog', '{ auditLog(first: 5) { nodes { id } } }', {}],
      ['importDataset', IMPORT_DATASET, { dataset }],
    ];
    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async (n: number) => {
      for (let i = n; running; i++) {
        const [name, query, variables] = operations[i % operations.length];
        outcomes.push(await call(name, query, variables));
      }
    };
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    let terminated = 0;
    for (let round = 0; round < 5; round++) {
      await new Promise((r) => setTimeout(r, 700));
      terminated += await terminateServiceConnections(db.name);
    }
    await new Promise((r) => setTimeout(r, 500));
    running = false;
    await load;

    const failed = outcomes.filter((o) => o.code !== undefined);
    const kinds = new Map<string, number>();
    for (const o of failed) kinds.set(`${o.operation} ${o.status} ${o.code}`, (kinds.get(`${o.operation} ${o.status} ${o.code}`) ?? 0) + 1);
    const summary = `${outcomes.length} requests, ${terminated} connections terminated, ${failed.length} failed: ${JSON.stringify([...kinds])}`;
    process.stderr.write(`faults: ${summary}\n`);
    expect(terminated).toBeGreaterThan(0);
    for (const o of failed) {
      expect(o).toEqual({ operation: o.operation, status: 503, retryAfter: '1', code: 'SERVICE_UNAVAILABLE', retryable: true });
    }
    expect(outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR')).toHaveLength(0);

    // Healed without a restart: every operation succeeds again, the probes say ready.
    for (const [name, query, variables] of operations) expect(await call(name, query, variables)).toMatchObject({ status: 200, code: undefined });
    expect((await fetch(`${instance.url}/health/ready`)).status).toBe(200);
    expect(instance.process.exitCode).toBeNull();
  }, 120_000);
});
