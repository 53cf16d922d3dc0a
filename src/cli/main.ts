import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, ConfigError } from '../config/app-config';
import { resolveDatabase, type DatabaseTarget } from '../database/database';
import { FolderInUseError } from '../database/folder-lock';
import { AppError } from '../common/app-error';
import { StderrLogger } from '../common/stderr-logger';
import { ImportService } from '../import/import.service';
import { isLargeDataset, streamImportFile } from '../import/stream-import';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config/mikro-orm.config';
import { migrateUnderLock } from '../database/migrate';
import { ExportService } from '../import/export.service';
import { ChecksService } from '../checks/checks.service';
import { checkAsText, auditAsText } from '../checks/check-text';
import { CliModule } from './cli.module';
import { CounterpartyDetector } from '../counterparties/counterparty-detector';
import { sqlRunner } from '../database/sql';
import { RecusalsService } from '../recusals/recusals.service';
import { recusalsCsv } from '../recusals/recusals-csv';
import { SummonsService } from '../checks/summons.service';
import { isCalendarDate } from '../common/date.scalar';
import { CLI_ACTOR } from '../audit/actor';
import { signDevToken } from '../auth/dev-token';
import { ROLES, type Role } from '../auth/roles';

/** Exit codes (interchange.md): 0 success, 1 bad input, 2 usage error. */
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

interface DbOptions {
  inMemory?: boolean;
  dataset?: string;
  verbose?: boolean;
}

/** A scenario file wraps its dataset (`{ "dataset": {…}, "expect": … }`): take the dataset. */
function datasetOf(document: unknown): unknown {
  if (document && typeof document === 'object' && !('format' in document) && 'dataset' in document) {
    return (document as { dataset: unknown }).dataset;
  }
  return document;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
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

function print(text: string) {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function buildProgram(): Command {
  const program = new Command('jaavi')
    .description('Conflict-of-interest checks for Finnish municipal and wellbeing-county bodies')
    .option('-v, --verbose', 'log progress to stderr')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const format = () => new Option('--format <format>', 'output format').choices(['json', 'text']).default('json');
  const lang = () => new Option('--lang <lang>', 'language of explanations').choices(['fi', 'en']).default('fi');

  program
    .command('import')
    .argument('<file>', 'a jaavi-dataset/1 JSON file')
    .description('import a dataset into the configured database (all or nothing)')
    .action(async (file: string) => {
      // Large files are streamed in batches (bounded memory, progress on stderr), still all or nothing.
      if (isLargeDataset(file)) {
        print(JSON.stringify(await withContext(program.opts(), (ctx) => streamImportFile(ctx.get(EntityManager), file, CLI_ACTOR)), null, 2));
        return;
      }
      const document = datasetOf(readJson(file));
      const summary = await withContext(program.opts(), (ctx) => ctx.get(ImportService).importDocument(document, CLI_ACTOR));
      print(JSON.stringify(summary, null, 2));
    });

  program
    .command('export')
    .description('print the stored registry and meetings as one jaavi-dataset/1 document')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { out?: string }) => {
      const document = await withContext(program.opts(), (ctx) => ctx.get(ExportService).exportDocument(CLI_ACTOR));
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (opts.out) writeFileSync(opts.out, text);
      else print(text);
    });

  program
    .command('check')
    .description('check a meeting: who is disqualified, whom to summon, quorum (jaavi-check/1)')
    .requiredOption('--meeting <id>', 'meeting id')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(format())
    .addOption(lang())
    .action(async (opts: DbOptions & { meeting: string; format: string; lang: 'fi' | 'en' }) => {
      await withContext({ ...program.opts(), ...opts }, async (ctx) => {
        const checks = ctx.get(ChecksService);
        const stored = await checks.check(opts.meeting, CLI_ACTOR, { lang: opts.lang });
        print(opts.format === 'text' ? checkAsText(stored.report, opts.lang) : JSON.stringify(checks.checkDocument(stored.report), null, 2));
      });
    });

  program
    .command('audit')
    .description('audit a held meeting: missed, unfounded and ungrounded recusals, upstream defects at every stage (jaavi-audit/1)')
    .requiredOption('--meeting <id>', 'meeting id')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(format())
    .addOption(lang())
    .action(async (opts: DbOptions & { meeting: string; format: string; lang: 'fi' | 'en' }) => {
      await withContext({ ...program.opts(), ...opts }, async (ctx) => {
        const checks = ctx.get(ChecksService);
        const report = await checks.audit(opts.meeting, { lang: opts.lang, heldOnly: true });
        print(opts.format === 'text' ? auditAsText(report, opts.lang) : JSON.stringify(checks.auditDocument(report), null, 2));
      });
    });

  const history = (name: string, description: string, which: 'recorded' | 'missed') =>
    program
      .command(name)
      .description(description)
      .option('--person <id>', 'one person')
      .option('--body <id>', 'one body')
      .option('--organization <id>', 'the bodies of one entity')
      .option('--ground <code>', 'one ground code')
      .option('--from <date>', 'first meeting date, YYYY-MM-DD')
      .option('--to <date>', 'last meeting date, YYYY-MM-DD')
      .option('--out <file>', 'write to a file instead of stdout')
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
      .action(async (opts: { person?: string; body?: string; organization?: string; ground?: string; from?: string; to?: string; out?: string; format: string }) => {
        for (const key of ['from', 'to'] as const) {
          if (opts[key] && !isCalendarDate(opts[key]!)) throw new UsageError(`--${key} must be a date YYYY-MM-DD`);
        }
        const filter = { personId: opts.person, bodyId: opts.body, organizationId: opts.organization, ground: opts.ground, from: opts.from, to: opts.to };
        const rows = await withContext(program.opts(), async (ctx) => {
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
        const text = opts.format === 'csv' ? recusalsCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      });
  history('recusals', 'recorded recusals (the minutes), as CSV or JSON', 'recorded');
  history('missed-recusals', 'participants of held meetings who should have recused and did not, as CSV or JSON', 'missed');

  program
    .command('summons')
    .description('the summons list of a meeting: which deputies to call for which items and why')
    .requiredOption('--meeting <id>', 'meeting id')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'html']).default('json'))
    .addOption(lang())
    .action(async (opts: DbOptions & { meeting: string; format: string; lang: 'fi' | 'en' }) => {
      await withContext({ ...program.opts(), ...opts }, async (ctx) => {
        const summons = ctx.get(SummonsService);
        print(opts.format === 'html' ? await summons.document(opts.meeting, opts.lang) : JSON.stringify(await summons.list(opts.meeting, opts.lang), null, 2));
      });
    });

  program
    .command('detect')
    .description("find the registry's organisations and persons mentioned in a text (Finnish or Swedish)")
    .requiredOption('--text <file>', 'a text file, UTF-8')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .action(async (opts: DbOptions & { text: string; format: string }) => {
      let text: string;
      try {
        text = readFileSync(opts.text, 'utf8');
      } catch (error) {
        throw new AppError('BAD_USER_INPUT', `cannot read ${opts.text}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const mentions = await withContext({ ...program.opts(), ...opts }, async (ctx) => {
        const [found] = await ctx.get(CounterpartyDetector).detect(sqlRunner(ctx.get(EntityManager).fork()), [text]);
        return found;
      });
      if (opts.format === 'text') {
        print(mentions.map((m) => `${m.start}-${m.end} ${m.surface} → ${m.ambiguous ? `ambiguous: ${m.candidates.map((c) => c.entityId).join(', ')}` : `${m.entityType} ${m.entityId}`} (${m.confidence.toFixed(2)}, ${m.reason})`).join('\n') || 'no mentions');
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
        ...(m.ambiguous ? { ambiguous: true, candidates: m.candidates.map((c) => ({ entity_type: c.entityType, entity_id: c.entityId })) } : {}),
      }));
      print(JSON.stringify({ mentions: json }, null, 2));
    });

  program
    .command('migrate')
    .description('apply pending migrations (as the tables\' owner; the service may then run with JAAVI_MIGRATE=false)')
    .action(async () => {
      const config = loadConfig();
      const database = await resolveDatabase(config);
      try {
        // Only the migrator, no application context: nothing else starts against the database.
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
    });

  program
    .command('token')
    .description('print a signed development token (HS256 with JWT_SECRET; not for production)')
    .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
    .option('--sub <id>', 'user id (default: the role and person)')
    .option('--person <id>', "an official's own person id")
    .option('--bodies <ids>', "a secretary's bodies, comma-separated")
    .option('--expires <duration>', 'lifetime, e.g. 8h, 30d', '8h')
    .action(async (opts: { role: Role[]; sub?: string; person?: string; bodies?: string; expires: string }) => {
      const config = loadConfig();
      if (config.NODE_ENV === 'production') throw new UsageError('development tokens are not issued in production');
      if (opts.role.includes('official') && !opts.person) throw new UsageError('an official token needs --person');
      if (opts.role.includes('secretary') && !opts.bodies) throw new UsageError('a secretary token needs --bodies');
      const bodies = opts.bodies?.split(',').map((b) => b.trim()).filter(Boolean);
      const sub = opts.sub ?? [opts.role.join('+'), opts.person].filter(Boolean).join(':');
      print(await signDevToken({ sub, roles: opts.role, person: opts.person, bodies }, config.jwtSecret, { expiresIn: opts.expires }));
    });

  return program;
}

/** Runs the command line and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`jaavi: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof AppError) {
      process.stderr.write(`jaavi: ${error.message}\n`);
      for (const p of error.problems) process.stderr.write(`  ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof FolderInUseError) {
      process.stderr.write(`jaavi: ${error.message}; try again when it has started, or stop it\n`);
      return EXIT_BAD_INPUT;
    }
    const failure = databaseFailure(error);
    if (failure) {
      // Every write is one transaction: a failure before commit leaves nothing half-written.
      process.stderr.write(`jaavi: ${failure}; nothing was written\n`);
      return EXIT_BAD_INPUT;
    }
    const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
    const detail = error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message.split('\n')[0].slice(0, 300)) : String(error);
    process.stderr.write(`jaavi: internal error: ${detail}\n`);
    return 3;
  }
}

/**
 * A short description of a database failure (the connection dropped, a value PostgreSQL could
 * not take), or null. Driver messages quote the whole statement, which for an import is
 * megabytes of SQL: the operator needs what failed, not the statement.
 */
function databaseFailure(error: unknown): string | null {
  const e = error as { code?: unknown; sqlState?: unknown; message?: unknown; name?: unknown } | null;
  if (!e || typeof e !== 'object') return null;
  const code = String(e.sqlState ?? e.code ?? '');
  const message = typeof e.message === 'string' ? e.message : '';
  const reason = (message.split(' - ').at(-1) ?? message).split('\n')[0].slice(0, 200);
  if (/^(08|57P)/.test(code) || ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOENT', 'ETIMEDOUT'].includes(code) ||
      /Connection terminated|connection (was )?(closed|lost|refused)|ECONNRESET|ECONNREFUSED|terminating connection|Client has encountered a connection error/i.test(message) ||
      e.name === 'ConnectionException') {
    return `the database connection failed (${reason})`;
  }
  if (/^22/.test(code)) return `the database refused a value (${code}: ${reason})`;
  return null;
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => process.exit(code));
}
