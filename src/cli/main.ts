import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/config-error';
import { AppError } from '../common/app-error';
import { isCalendarDate } from '../import/validation/calendar';
import { ROLES, type Role } from '../auth/roles';
import { UsageError, print, type DbOptions, type HistoryOptions, type Lang } from './cli-io';

/** Exit codes (interchange.md): 0 success, 1 bad input, 2 usage error. */
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

/*
 * Only the program's shape is loaded up front. The database commands (NestJS, MikroORM, the
 * domain: about a second of CPU) and the token signer are required when their command runs, so
 * `jaavi --help` and `jaavi token` answer in a fraction of that.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const commands = (): typeof import('./database-commands') => require('./database-commands') as typeof import('./database-commands');
/* eslint-enable @typescript-eslint/no-require-imports */

export function buildProgram(): Command {
  const program = new Command('jaavi')
    .description('Conflict-of-interest checks for Finnish municipal and wellbeing-county bodies')
    .option('-v, --verbose', 'log progress to stderr')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const format = () => new Option('--format <format>', 'output format').choices(['json', 'text']).default('json');
  const lang = () =>
    new Option('--lang <lang>', 'language of explanations, notes, reasons and headers').choices(['fi', 'sv', 'en']).default('fi');
  const global = (): DbOptions => program.opts<DbOptions>();

  program
    .command('import')
    .argument('<file>', 'a jaavi-dataset/1 JSON file')
    .description('import a dataset into the configured database (all or nothing)')
    .action((file: string) => commands().importCommand(file, global()));

  program
    .command('export')
    .description('print the stored registry and meetings as one jaavi-dataset/1 document')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((opts: { out?: string }) => commands().exportCommand({ ...global(), ...opts }));

  program
    .command('check')
    .description('check a meeting: who is disqualified, whom to summon, quorum (jaavi-check/1)')
    .requiredOption('--meeting <id>', 'meeting id')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(format())
    .addOption(lang())
    .action((opts: DbOptions & { meeting: string; format: string; lang: Lang }) => commands().checkCommand({ ...global(), ...opts }));

  program
    .command('audit')
    .description('audit a held meeting: missed, unfounded and ungrounded recusals, upstream defects at every stage (jaavi-audit/1)')
    .requiredOption('--meeting <id>', 'meeting id')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(format())
    .addOption(lang())
    .action((opts: DbOptions & { meeting: string; format: string; lang: Lang }) => commands().auditCommand({ ...global(), ...opts }));

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
      .addOption(new Option('--format <format>', 'output format (xlsx needs --out)').choices(['csv', 'xlsx', 'json']).default('csv'))
      .addOption(lang())
      .action((opts: HistoryOptions) => {
        if (opts.format === 'xlsx' && !opts.out) throw new UsageError('--format xlsx needs --out FILE');
        for (const key of ['from', 'to'] as const) {
          const value = opts[key];
          if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`--${key} must be a date YYYY-MM-DD`);
        }
        return commands().historyCommand(which, { ...global(), ...opts });
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
    .action((opts: DbOptions & { meeting: string; format: string; lang: Lang }) => commands().summonsCommand({ ...global(), ...opts }));

  program
    .command('detect')
    .description("find the registry's organisations and persons mentioned in a text (Finnish or Swedish)")
    .requiredOption('--text <file>', 'a text file, UTF-8')
    .option('--dataset <file>', 'import this dataset first')
    .option('--in-memory', 'use a throw-away embedded database')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .action((opts: DbOptions & { text: string; format: string }) => commands().detectCommand({ ...global(), ...opts }));

  program
    .command('migrate')
    .description("apply pending migrations (as the tables' owner; the service may then run with JAAVI_MIGRATE=false)")
    .action(() => commands().migrateCommand());

  program
    .command('token')
    .description('print a signed development token (HS256 with JWT_SECRET; not for production)')
    .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
    .option('--sub <id>', 'user id (default: the role and person)')
    .option('--person <id>', "an official's own person id")
    .option('--bodies <ids>', "a secretary's bodies, comma-separated")
    .option('--expires <duration>', 'lifetime, e.g. 8h, 30d', '8h')
    .action(async (opts: { role: Role[]; sub?: string; person?: string; bodies?: string; expires: string }) => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { loadConfig } = require('../config/app-config') as typeof import('../config/app-config');
      const { signDevToken } = require('../auth/dev-token') as typeof import('../auth/dev-token');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const config = loadConfig();
      if (config.NODE_ENV === 'production') throw new UsageError('development tokens are not issued in production');
      if (opts.role.includes('official') && !opts.person) throw new UsageError('an official token needs --person');
      if (opts.role.includes('secretary') && !opts.bodies) throw new UsageError('a secretary token needs --bodies');
      const bodies = opts.bodies
        ?.split(',')
        .map((b) => b.trim())
        .filter(Boolean);
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
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- node built-ins only; keeps --help light
    const { FolderInUseError } = require('../database/folder-lock') as typeof import('../database/folder-lock');
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
    const detail =
      error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message.split('\n')[0].slice(0, 300)) : String(error);
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
  if (
    /^(08|57P)/.test(code) ||
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOENT', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|connection (was )?(closed|lost|refused)|ECONNRESET|ECONNREFUSED|terminating connection|Client has encountered a connection error/i.test(
      message,
    ) ||
    e.name === 'ConnectionException'
  ) {
    return `the database connection failed (${reason})`;
  }
  if (/^22/.test(code)) return `the database refused a value (${code}: ${reason})`;
  return null;
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => process.exit(code));
}
