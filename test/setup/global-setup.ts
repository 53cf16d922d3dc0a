import { Client } from 'pg';
import { startEmbeddedServer, type EmbeddedServer } from '../../src/database/embedded-server';

/**
 * One database per Jest worker: on the PostgreSQL server in DATABASE_URL (fresh databases,
 * dropped in the teardown), or, without it, one embedded PGlite server each, started here in
 * the parent process (PGlite cannot start inside a Jest sandbox).
 */
const WORKERS = 2;

declare global {
  var __jaaviEmbedded: EmbeddedServer[] | undefined;
  var __jaaviDatabases: { admin: string; names: string[] } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const base = process.env.DATABASE_URL;
  const urls: string[] = [];
  if (base) {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    const names: string[] = [];
    for (let i = 1; i <= WORKERS; i++) {
      const name = `jaavi_test_${process.pid}_${i}`;
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      urls.push(url.toString());
      names.push(name);
    }
    await admin.end();
    globalThis.__jaaviDatabases = { admin: base, names };
  } else {
    const servers = await Promise.all(Array.from({ length: WORKERS }, () => startEmbeddedServer(null)));
    globalThis.__jaaviEmbedded = servers;
    urls.push(...servers.map((s) => s.url));
  }
  process.env.JAAVI_TEST_DATABASES = JSON.stringify({ urls, embedded: !base });
}
