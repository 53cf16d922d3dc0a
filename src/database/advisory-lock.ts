import { Client } from 'pg';

/** Advisory lock keys: one per start-up step that must not run in two instances at once. */
export const LOCKS = { migrations: 0x6a61_6176, demoSeed: 0x6a61_6177 } as const;

/** How long an instance waits for another one's migrations before it gives up starting. */
const WAIT = '10min';

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, on a connection of its own
 * (not from the pool, which `work` uses): instances starting at once queue here, and the lock
 * goes with the session, so an instance that dies while holding it releases it.
 * On the embedded database (one process owns it, one connection at a time) `work` just runs:
 * a second connection holding the lock would wait forever for the pool's.
 */
export async function withAdvisoryLock<T>(url: string, embedded: boolean, key: number, work: () => Promise<T>): Promise<T> {
  if (embedded) return work();
  const client = new Client({ connectionString: url, application_name: 'jaavi-lock' });
  await client.connect();
  try {
    await client.query(`set lock_timeout = '${WAIT}'`);
    await client.query('select pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
