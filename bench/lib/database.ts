import { Client } from 'pg';
import type { SqlRunner } from '../../src/database/sql';

/** The same URL with another database name (to reach the maintenance database `postgres`). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Creates the database when it does not exist; true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    await admin.query(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${databaseName(url).replace(/"/g, '""')}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** What is stored: row counts to compare with the generator's summary (null: no schema yet). */
export async function importedState(url: string, meetingId: string): Promise<{ counts: Record<string, number>; bench: boolean } | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>("select to_regclass('public.meeting') is not null as exists");
    if (!rows[0].exists) return null;
    const counted = await client.query<Record<string, number> & { bench: boolean }>(
      `select (select count(*)::int from organization) as organizations, (select count(*)::int from person) as persons,
              (select count(*)::int from membership) as memberships, (select count(*)::int from relationship) as relationships,
              (select count(*)::int from interest) as interests, (select count(*)::int from meeting) as events,
              (select count(*)::int from agenda_item) as "agendaItems", exists (select 1 from meeting where id = $1) as bench`,
      [meetingId],
    );
    const { bench, ...counts } = counted.rows[0];
    return { counts, bench };
  } finally {
    await client.end();
  }
}

/**
 * A SqlRunner on a plain `pg` client: the application's `?` placeholders become `$1…$n`
 * (the loader's SQL has no `?` inside literals or operators).
 */
export function pgRunner(client: Client): SqlRunner {
  return (sql, params) => {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return client.query(text, params).then((r) => r.rows as Record<string, unknown>[]);
  };
}
