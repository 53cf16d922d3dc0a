import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { tokenFor } from '../setup/test-app';
import { emptyDatabase, startInstance, type Instance } from '../setup/instances';
import { runCli } from '../setup/cli';

const MIGRATIONS = readdirSync(join(__dirname, '..', '..', 'migrations')).filter((f) => /^Migration\d+\.ts$/.test(f)).length;

async function gql(url: string, query: string, token: string): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as never;
}

/** Several instances of the service on one PostgreSQL database, as behind a load balancer. */
describe('several instances on one database', () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  let instances: Instance[] = [];

  beforeAll(async () => {
    db = await emptyDatabase();
  });

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await db.drop();
  });

  it('start at the same moment on an empty database: each migration is applied once and all three serve', async () => {
    instances = await Promise.all([1, 2, 3].map(() => startInstance({ DATABASE_URL: db.url, RATE_LIMIT_PER_MINUTE: '30' })));
    const admin = await tokenFor({ sub: 'scale-admin', roles: ['admin'] });
    for (const instance of instances) {
      const result = await gql(instance.url, '{ organizations(first: 1) { nodes { id } } }', admin);
      expect(result.errors).toBeUndefined();
      expect((await fetch(`${instance.url}/health/ready`)).status).toBe(200);
    }
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct name)::int as distinct from mikro_orm_migrations',
    );
    await client.end();
    expect(rows[0]).toEqual({ n: MIGRATIONS, distinct: MIGRATIONS });
  }, 240_000);

  it('holds one rate limit across the instances', async () => {
    const token = await tokenFor({ sub: 'scale-busy', roles: ['auditor'] });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 39; i++) {
      const result = await gql(instances[i % 3].url, '{ auditLog(first: 1) { nodes { id } } }', token);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.filter((c) => c === undefined)).toHaveLength(30);
    expect(codes.slice(30)).toEqual(Array(9).fill('TOO_MANY_REQUESTS'));
  });
});

/** `JAAVI_MIGRATE=false`: the schema is changed only by `jaavi migrate`, run as a separate step. */
describe('migrations as a separate step', () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  let instance: Instance | undefined;

  beforeAll(async () => {
    db = await emptyDatabase();
  });

  afterAll(async () => {
    await instance?.stop();
    await db.drop();
  });

  it('serves live but not ready until `jaavi migrate` has run', async () => {
    instance = await startInstance({ DATABASE_URL: db.url, JAAVI_MIGRATE: 'false' });
    expect((await fetch(`${instance.url}/health/live`)).status).toBe(200);
    const before = await fetch(`${instance.url}/health/ready`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ status: 'error', migrations: 'pending' });

    const migrate = await runCli(['migrate'], { DATABASE_URL: db.url });
    expect(migrate.code).toBe(0);
    expect((JSON.parse(migrate.stdout) as { applied: string[] }).applied).toHaveLength(MIGRATIONS);
    const again = await runCli(['migrate'], { DATABASE_URL: db.url });
    expect(JSON.parse(again.stdout)).toEqual({ applied: [] });

    const after = await fetch(`${instance.url}/health/ready`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'done' });
  }, 180_000);
});
