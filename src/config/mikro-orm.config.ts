import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { join } from 'node:path';
import { ENTITIES } from '../database/entities';

const root = join(__dirname, '..', '..');

/**
 * Every connection turns PostgreSQL's JIT compilation off: the service runs short queries,
 * and when a plan's estimated cost crosses `jit_above_cost` (the facts loader's recursive CTEs
 * can), compiling takes 20 ms of a query that runs in 5.
 */
function withoutJit(
  connection: { query(sql: string, callback: (error: Error | null) => void): void },
  done: (error: Error | null, connection: unknown) => void,
): void {
  connection.query('set jit = off', (error) => done(error, connection));
}

/**
 * The one MikroORM configuration, used by the service, the CLI, the migrations and the tests.
 * `embedded` limits the pool to one connection: PGlite runs one transaction at a time and a
 * second connection would wait on the first (stack-notes).
 */
export function ormConfig(clientUrl: string, embedded: boolean, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    // Names the service's connections in pg_stat_activity (operators, and the fault tests).
    driverOptions: { connection: { application_name: process.env.JAAVI_APPLICATION_NAME ?? 'jaavi' } },
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    migrations: {
      path: join(root, 'migrations'),
      pathTs: join(root, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot-jaavi',
    },
    seeder: { path: join(root, 'seeds'), pathTs: join(root, 'seeds'), defaultSeeder: 'DemoSeeder' },
    pool: { min: 0, max: embedded ? 1 : 10, acquireTimeoutMillis: 10_000, afterCreate: withoutJit },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: process.env.JAAVI_SQL_DEBUG === 'true',
    ...extra,
  });
}

/** For the MikroORM command line (migration:create): a real PostgreSQL from DATABASE_URL. */
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jaavi_dev', false);
