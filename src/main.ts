import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadConfig } from './config/app-config';
import { resolveDatabase } from './database/database';
import { FolderInUseError } from './database/folder-lock';
import { AppModule } from './app.module';
import { DemoData } from './demo/demo-data';
import { configureApp } from './app.setup';

/**
 * Starts the service: the embedded database unless DATABASE_URL is set, migrations, the demo
 * data set on an empty embedded database, then GraphQL on PORT. Stops cleanly on SIGINT/SIGTERM.
 */
async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureApp(app, config);
  await app.init();
  const seeded = await app.get(DemoData).seedIfWanted();
  await app.listen(config.PORT, config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const url = `http://127.0.0.1:${config.PORT}/graphql`;
  logger.log(`jaavi ready in ${Date.now() - started} ms at ${url} (${database.embedded ? 'embedded database' : 'PostgreSQL'})`);
  process.stdout.write(`\njaavi is running: GraphQL at ${url}, health at http://127.0.0.1:${config.PORT}/health\n`);
  if (seeded) process.stdout.write(seeded);
  process.stdout.write(await app.get(DemoData).tokens());

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  const hint = error instanceof FolderInUseError ? ': stop that process, or give this one its own JAAVI_DATA_DIR or a DATABASE_URL' : '';
  process.stderr.write(`jaavi could not start: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
  process.exit(1);
});
