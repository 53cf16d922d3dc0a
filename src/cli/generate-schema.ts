import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '../config/app-config';
import { resolveDatabase } from '../database/database';
import { AppModule } from '../app.module';
import { StderrLogger } from '../common/stderr-logger';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');

/**
 * Writes the GraphQL SDL the running service serves, sorted, to schema/schema.graphql; with
 * `--check`, fails when the committed file differs (CI runs this: the schema must not drift).
 */
async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, JAAVI_DEMO: 'false', LOG_LEVEL: 'warn' });
  const database = await resolveDatabase(config, { inMemory: !config.DATABASE_URL });
  try {
    const app = await NestFactory.create(AppModule.forRoot(config, database), { logger: new StderrLogger(false) });
    await app.init();
    const sdl = `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
    await app.close();
    if (!check) {
      writeFileSync(SCHEMA_FILE, sdl);
      process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
      return 0;
    }
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      committed = '';
    }
    if (committed === sdl) return 0;
    process.stderr.write('schema/schema.graphql is out of date: run `npm run schema` and commit the result\n');
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
