import type { MikroORM } from '@mikro-orm/postgresql';
import { LOCKS, withAdvisoryLock } from './advisory-lock';

/**
 * Brings the schema up to date under the migrations' advisory lock, so any number of instances
 * (and `jaavi migrate`) may start at once: the first applies, the others wait and then find
 * nothing pending. Returns the names of the migrations applied here.
 */
export async function migrateUnderLock(orm: MikroORM, embedded: boolean): Promise<string[]> {
  const url = orm.config.get('clientUrl')!;
  const applied = await withAdvisoryLock(url, embedded, LOCKS.migrations, () => orm.getMigrator().up());
  return applied.map((m) => m.name);
}

/** The migrations not yet applied (none: the schema is up to date). */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
