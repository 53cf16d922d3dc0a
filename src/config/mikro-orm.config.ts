import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { join } from 'node:path';
import { ENTITIES } from '../database/entities';

const root = join(__dirname, '..', '..');

/**
 * The one MikroORM configuration, used by the service, the CLI, the migrations and the tests.
 * `embedded` limits the pool to one connection: PGlite runs one transaction at a time and a
 * second connection would wait on the first (stack-notes).
 */
export function ormConfig(clientUrl: string, embedded: boolean, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
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
    pool: embedded ? { min: 0, max: 1, acquireTimeoutMillis: 10_000 } : { min: 0, max: 10, acquireTimeoutMillis: 10_000 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: process.env.JAAVI_SQL_DEBUG === 'true',
    ...extra,
  });
}

/** For the MikroORM command line (migration:create): a real PostgreSQL from DATABASE_URL. */
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jaavi_dev', false);
