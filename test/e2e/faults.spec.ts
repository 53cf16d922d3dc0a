import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
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
    return {
      operation,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: error?.code,
      retryable: error?.retryable,
    };
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
    const meetingId = (
      (await (
        await fetch(`${instance.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
          body: JSON.stringify({ query: '{ meetings(first: 1) { nodes { id } } }' }),
        })
      ).json()) as { data: { meetings: { nodes: { id: string }[] } } }
    ).data.meetings.nodes[0].id;

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
    for (const [name, query, variables] of operations)
      expect(await call(name, query, variables)).toMatchObject({ status: 200, code: undefined });
    expect((await fetch(`${instance.url}/health/ready`)).status).toBe(200);
    expect(instance.process.exitCode).toBeNull();
  }, 120_000);
});

/**
 * A TCP proxy in front of PostgreSQL that can be taken down and brought back, as a database
 * restart or failover looks from the service: connections cut, new ones refused, then accepted.
 */
class DatabaseProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}

describe('a database that goes away and comes back', () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  let proxy: DatabaseProxy;
  let instance: Instance;
  let admin: string;

  const ask = async () => {
    const response = await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ auditLog(first: 1) { nodes { id } } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get('retry-after') };
  };

  beforeAll(async () => {
    db = await emptyDatabase();
    proxy = new DatabaseProxy(new URL(db.url));
    await proxy.up();
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    instance = await startInstance({ DATABASE_URL: viaProxy.toString() });
    admin = await tokenFor({ sub: 'restart-admin', roles: ['admin'] });
  }, 120_000);

  afterAll(async () => {
    await instance?.stop();
    await proxy?.down().catch(() => undefined);
    await db?.drop();
  });

  it('answers SERVICE_UNAVAILABLE while it is away, and serves again when it is back, without a restart', async () => {
    expect(await ask()).toMatchObject({ status: 200, code: undefined });
    await proxy.down();
    // Connections refused for longer than the pool waits for one (10 s): the client is told to retry.
    const away = await ask();
    expect(away).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '1' });
    expect((await fetch(`${instance.url}/health/ready`)).status).toBe(503);
    expect((await fetch(`${instance.url}/health/live`)).status).toBe(200);
    await proxy.up();
    expect(await ask()).toMatchObject({ status: 200, code: undefined });
    expect((await fetch(`${instance.url}/health/ready`)).status).toBe(200);
    expect(instance.process.exitCode).toBeNull();
  }, 120_000);
});
