import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  for (const server of globalThis.__jaaviEmbedded ?? []) await server.stop();
  const databases = globalThis.__jaaviDatabases;
  if (databases) {
    const admin = new Client({ connectionString: databases.admin });
    await admin.connect();
    for (const name of databases.names) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
