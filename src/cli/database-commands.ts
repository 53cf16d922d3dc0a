/**
 * The commands that open the database: loaded by main.ts only when one of them runs, so `--help`
 * and `token` answer without loading NestJS, MikroORM and the domain (about a second of CPU).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config/mikro-orm.config';
import { migrateUnderLock } from '../database/migrate';
import { loadConfig } from '../config/app-config';
import { resolveDatabase, type DatabaseTarget } from '../database/database';
import { AppError } from '../common/app-error';
import { StderrLogger } from '../common/stderr-logger';
import { ImportService } from '../import/import.service';
import { isLargeDataset, streamImportFile } from '../import/stream-import';
import { ExportService } from '../import/export.service';
import { ChecksService } from '../checks/checks.service';
import { checkAsText, auditAsText } from '../checks/check-text';
import { CliModule } from './cli.module';
import { CounterpartyDetector } from '../counterparties/counterparty-detector';
import { sqlRunner } from '../database/sql';
import { RecusalsService } from '../recusals/recusals.service';
import { recusalsCsv } from '../recusals/recusals-csv';
import { recusalsXlsx } from '../recusals/recusals-xlsx';
import { SummonsService } from '../checks/summons.service';
import { CLI_ACTOR } from '../audit/actor';
import { print, readText, type DbOptions, type HistoryOptions, type Lang } from './cli-io';

/** A scenario file wraps its dataset (`{ "dataset": {…}, "expect": … }`): take the dataset. */
function datasetOf(document: unknown): unknown {
  if (document && typeof document === 'object' && !('format' in document) && 'dataset' in document) {
    return document.dataset;
  }
  return document;
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `${file} is not JSON: ${(error as Error).message}`);
  }
}

/** Opens the database and the core services, runs `work`, and always closes both. */
async function withContext<T>(options: DbOptions, work: (ctx: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database: DatabaseTarget = await resolveDatabase(config, { inMemory: options.inMemory, attach: true });
  let ctx: INestApplicationContext | undefined;
  try {
    ctx = await NestFactory.createApplicationContext(CliModule.forRoot(config, database), {
      logger: new StderrLogger(options.verbose),
      abortOnError: false,
    });
    await ctx.init();
    if (options.dataset) {
      const summary = await ctx.get(ImportService).importDocument(datasetOf(readJson(options.dataset)), CLI_ACTOR);
      process.stderr.write(`imported ${options.dataset}: ${summary.created} created, ${summary.updated} updated\n`);
    }
    return await work(ctx);
  } finally {
    await ctx?.close();
    await database.close();
  }
}

export async function importCommand(file: string, options: DbOptions): Promise<void> {
  // Large files are streamed in batches (bounded memory, progress on stderr), still all or nothing.
  if (isLargeDataset(file)) {
    print(JSON.stringify(await withContext(options, (ctx) => streamImportFile(ctx.get(EntityManager), file, CLI_ACTOR)), null, 2));
    return;
  }
  const document = datasetOf(readJson(file));
  const summary = await withContext(options, (ctx) => ctx.get(ImportService).importDocument(document, CLI_ACTOR));
  print(JSON.stringify(summary, null, 2));
}

export async function exportCommand(options: DbOptions & { out?: string }): Promise<void> {
  const document = await withContext(options, (ctx) => ctx.get(ExportService).exportDocument(CLI_ACTOR));
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else print(text);
}

export async function checkCommand(options: DbOptions & { meeting: string; format: string; lang: Lang }): Promise<void> {
  await withContext(options, async (ctx) => {
    const checks = ctx.get(ChecksService);
    const stored = await checks.check(options.meeting, CLI_ACTOR, { lang: options.lang });
    print(
      options.format === 'text' ? checkAsText(stored.report, options.lang) : JSON.stringify(checks.checkDocument(stored.report), null, 2),
    );
  });
}

export async function auditCommand(options: DbOptions & { meeting: string; format: string; lang: Lang }): Promise<void> {
  await withContext(options, async (ctx) => {
    const checks = ctx.get(ChecksService);
    const report = await checks.audit(options.meeting, { lang: options.lang, heldOnly: true });
    print(options.format === 'text' ? auditAsText(report, options.lang) : JSON.stringify(checks.auditDocument(report), null, 2));
  });
}

export async function historyCommand(which: 'recorded' | 'missed', options: DbOptions & HistoryOptions): Promise<void> {
  const filter = {
    personId: options.person,
    bodyId: options.body,
    organizationId: options.organization,
    ground: options.ground,
    from: options.from,
    to: options.to,
  };
  const rows = await withContext(options, async (ctx) => {
    const service = ctx.get(RecusalsService);
    const all = [];
    let after: string | undefined;
    for (;;) {
      const page = which === 'recorded' ? await service.recorded(filter, 500, after) : await service.missed(filter, 500, after);
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return all;
  });
  if (options.format === 'xlsx') {
    writeFileSync(options.out!, await recusalsXlsx(rows, options.lang));
    return;
  }
  const text = options.format === 'csv' ? recusalsCsv(rows, options.lang) : `${JSON.stringify(rows, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
}

export async function summonsCommand(options: DbOptions & { meeting: string; format: string; lang: Lang }): Promise<void> {
  await withContext(options, async (ctx) => {
    const summons = ctx.get(SummonsService);
    print(
      options.format === 'html'
        ? await summons.document(options.meeting, options.lang)
        : JSON.stringify(await summons.list(options.meeting, options.lang), null, 2),
    );
  });
}

export async function detectCommand(options: DbOptions & { text: string; format: string }): Promise<void> {
  const text = readText(options.text);
  const mentions = await withContext(options, async (ctx) => {
    const [found] = await ctx.get(CounterpartyDetector).detect(sqlRunner(ctx.get(EntityManager).fork()), [text]);
    return found;
  });
  if (options.format === 'text') {
    print(
      mentions
        .map(
          (m) =>
            `${m.start}-${m.end} ${m.surface} → ${m.ambiguous ? `ambiguous: ${m.candidates.map((c) => c.entityId).join(', ')}` : `${m.entityType} ${m.entityId}`} (${m.confidence.toFixed(2)}, ${m.reason})`,
        )
        .join('\n') || 'no mentions',
    );
    return;
  }
  const json = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    surface: m.surface,
    entity_type: m.entityType,
    entity_id: m.entityId,
    confidence: m.confidence,
    reason: m.reason,
    ...(m.ambiguous
      ? { ambiguous: true, candidates: m.candidates.map((c) => ({ entity_type: c.entityType, entity_id: c.entityId })) }
      : {}),
  }));
  print(JSON.stringify({ mentions: json }, null, 2));
}

/** `jaavi migrate`: only the migrator, no application context, so nothing else starts against the database. */
export async function migrateCommand(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  try {
    const orm = await MikroORM.init(ormConfig(database.url, database.embedded, { logger: () => undefined }));
    try {
      const applied = await migrateUnderLock(orm, database.embedded);
      process.stderr.write(applied.length > 0 ? `applied ${applied.length} migration(s)\n` : 'the schema is up to date\n');
      print(JSON.stringify({ applied }, null, 2));
    } finally {
      await orm.close();
    }
  } finally {
    await database.close();
  }
}
