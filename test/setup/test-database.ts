import { Client } from 'pg';

/** This worker's database (see global-setup). */
export function testDatabase(): { url: string; embedded: boolean } {
  const raw = process.env.JAAVI_TEST_DATABASES;
  if (!raw) throw new Error('end-to-end tests need the global setup (run them through jest)');
  const { urls, embedded } = JSON.parse(raw) as { urls: string[]; embedded: boolean };
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return { url: urls[(worker - 1) % urls.length], embedded };
}

/**
 * Empties every table but the migrations' own and the append-only audit log (which refuses it),
 * so a test starts from an empty registry.
 */
export async function resetDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm_%' and tablename not in ('audit_event', 'registry_revision')`,
    );
    if (rows.length > 0) await client.query(`truncate ${rows.map((r) => `"${r.tablename}"`).join(', ')} cascade`);
  } finally {
    await client.end();
  }
}

/** Counts rows per table: the fingerprint that proves a rejected input changed nothing. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      // The rate limiter's counters are not stored data: every request moves them.
      `select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm_%' and tablename <> 'rate_limit_window' order by tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of rows) {
      const r = await client.query<{ n: number }>(`select count(*)::int as n from "${tablename}"`);
      counts[tablename] = r.rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
