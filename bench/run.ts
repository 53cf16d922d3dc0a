/**
 * `npm run bench -- --scale S|M|L`: generates the data set (fixed seed) unless present, creates
 * and fills the benchmark database unless already filled, starts the service, and measures
 * meetingCheck over HTTP, the SQL + engine floor, myWarnings under load and the service's
 * memory; explains the facts loader's statements. Writes bench/results/<scale>.json and prints
 * a markdown table. See bench/README.md.
 */
import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { Client } from 'pg';
import { signDevToken } from '../src/auth/dev-token';
import { generateDataset } from '../src/generator/generate';
import { BENCH_MEETING_ID } from '../src/generator/meetings';
import { DEFAULT_SEED, MEETING_YEAR, type ScaleName } from '../src/generator/scales';
import { STREAM_THRESHOLD_BYTES } from '../src/import/stream-import';
import { dropDatabase, ensureDatabase, importedState } from './lib/database';
import { explainFactsLoader } from './lib/explain';
import { measureFloor } from './lib/facts-floor';
import { graphql, isRequired, queryField, selectionFor } from './lib/graphql';
import { loadTest } from './lib/load';
import { markdown } from './lib/report';
import type { BenchResult } from './lib/result';
import { memoryOf, sampleRss, startService } from './lib/service';
import { summarize, timeRuns } from './lib/stats';

const ROOT = join(__dirname, '..');
const JWT_SECRET = 'jaavi-benchmark-secret-0123456789';

interface Options {
  scale: ScaleName;
  runs: number;
  warmup: number;
  connections: number;
  seconds: number;
  databaseUrl?: string;
  fresh: boolean;
  budget: number;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(opts: Options): Promise<void> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/jaavi_bench_${opts.scale.toLowerCase()}`;
  const dataFile = join(ROOT, 'bench', 'data', `${opts.scale}.json`);
  const summaryFile = join(ROOT, 'bench', 'data', `${opts.scale}.summary.json`);
  const resultFile = join(ROOT, 'bench', 'results', `${opts.scale}.json`);
  mkdirSync(join(ROOT, 'bench', 'data'), { recursive: true });
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });

  if (!existsSync(dataFile) || !existsSync(summaryFile)) {
    log(`generating ${dataFile}`);
    const fd = openSync(dataFile, 'w');
    const summary = generateDataset({ scale: opts.scale, seed: DEFAULT_SEED }, (chunk) => void writeSync(fd, chunk));
    closeSync(fd);
    writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
  }
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as { seed: number; bytes: number; counts: Record<string, number> };

  if (opts.fresh) await dropDatabase(url);
  await ensureDatabase(url);
  const state = await importedState(url, BENCH_MEETING_ID);
  const previous = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as BenchResult) : undefined;
  let imported = previous?.import;
  const matches = state !== null && state.bench && Object.entries(state.counts).every(([k, n]) => summary.counts[k] === n);
  if (!matches) {
    if (state && state.counts.organizations > 0) {
      log('the database holds other data: recreating it');
      await dropDatabase(url);
      await ensureDatabase(url);
    }
    imported = await importFile(dataFile, url);
  } else {
    log(`${url} already holds the ${opts.scale} data set`);
  }

  // Fresh statistics, as autovacuum would have them some minutes after an import: the
  // measurements then do not depend on whether it has run yet.
  await analyzeDatabase(url);
  log('starting the service');
  const service = await startService(ROOT, { DATABASE_URL: url, JWT_SECRET, RATE_LIMIT_PER_MINUTE: '100000000' });
  try {
    const token = await signDevToken({ sub: 'bench', roles: ['admin'] }, JWT_SECRET);
    const checkQuery = `{ meetingCheck(meetingId: "${BENCH_MEETING_ID}") { runId items { itemId findings { personId } } } }`;
    type Check = { meetingCheck: { items: { findings: unknown[] }[] } };
    const first = await graphql<Check>(service.url, token, checkQuery);
    const items = first.meetingCheck.items.length;
    const findings = first.meetingCheck.items.reduce((n, i) => n + i.findings.length, 0);
    log(`meetingCheck: ${items} items, ${findings} findings; timing ${opts.runs} runs`);
    const budget = opts.budget * 1000;
    const checkTiming = await timeRuns(
      opts.runs,
      opts.warmup,
      async () => void (await graphql<Check>(service.url, token, checkQuery)),
      budget,
    );

    log('floor: facts loader on raw pg + evaluate');
    const floor = await measureFloor(url, BENCH_MEETING_ID, opts.runs, opts.warmup, budget);

    const died = service.exited();
    if (died) throw new Error(`the service exited (${died.code}):\n${died.output}`);
    log('myWarnings under load');
    const myWarnings = await myWarningsUnderLoad(service.url, service.pid, url, token, opts);

    log('auditor queries: recusals of one person, missed recusals of one body, one year each');
    const auditor = await auditorQueries(service.url, url, token, opts);

    const memory = memoryOf(service.pid);
    log('explaining the facts loader');
    const explain = await explainFactsLoader(url, BENCH_MEETING_ID);

    const result: BenchResult = {
      scale: opts.scale,
      seed: summary.seed,
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: await postgresVersion(url),
      },
      commit: gitCommit(),
      dataset: { ...summary.counts, bytes: summary.bytes },
      ...(imported ? { import: imported } : {}),
      meetingCheck: { meetingId: BENCH_MEETING_ID, items, findings, timing: checkTiming },
      floor,
      myWarnings,
      auditor,
      service: { rssAfterMb: memory?.rssMb ?? NaN, peakMb: memory?.peakMb ?? NaN },
      explain,
    };
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(markdown(result));
    log(`wrote ${resultFile}`);
  } finally {
    await service.stop();
  }
}

/** `jaavi import FILE` as a child process (streamed when large), timed, its RSS sampled. */
async function importFile(file: string, url: string): Promise<NonNullable<BenchResult['import']>> {
  log(`importing ${file} (this is timed)`);
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'jaavi.js'), 'import', file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sampler = sampleRss(child.pid as number, 500);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const peak = sampler.stop();
  if (code !== 0) throw new Error(`jaavi import exited with ${code}`);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  log(`imported in ${seconds} s, peak RSS ${peak} MB`);
  return { seconds, peakRssMb: peak, streamed: statSync(file).size > STREAM_THRESHOLD_BYTES, when: new Date().toISOString() };
}

/**
 * `myWarnings` under autocannon, if the schema has it: asked by an official (the token names a
 * person) who sits on the benchmark board, so there is something to warn about.
 */
async function myWarningsUnderLoad(
  serviceUrl: string,
  pid: number,
  url: string,
  adminToken: string,
  opts: Options,
): Promise<BenchResult['myWarnings']> {
  const field = await queryField(serviceUrl, adminToken, 'myWarnings');
  if (!field) return { skipped: 'the schema has no Query.myWarnings (introspected)' };
  if (field.args.some((a) => isRequired(a.type)))
    return { skipped: `Query.myWarnings needs arguments (${field.args.map((a) => a.name).join(', ')})` };
  const person = await benchBoardMember(url);
  const token = await signDevToken({ sub: `bench-${person}`, roles: ['official'], person }, JWT_SECRET);
  const selection = await selectionFor(serviceUrl, adminToken, field.type);
  // "Upcoming" defaults to the service's today; a fixed start keeps the benchmark repeatable.
  const from = field.args.some((a) => a.name === 'from') ? `(from: "${MEETING_YEAR}-11-01")` : '';
  const query = `{ myWarnings${from} ${selection} }`;
  // Cold: the facts revision moved just before (as after any write), so every meeting is evaluated.
  const client = new Client({ connectionString: url });
  await client.connect();
  const samples: number[] = [];
  try {
    for (let i = 0; i < Math.min(opts.runs, 20); i++) {
      await client.query('update registry_revision set facts_revision = facts_revision + 1 where id = 1');
      const t0 = performance.now();
      await graphql(serviceUrl, token, query);
      samples.push(performance.now() - t0);
    }
  } finally {
    await client.end();
  }
  const cold = summarize(samples);
  const single = await timeRuns(Math.min(opts.runs, 30), 3, async () => void (await graphql(serviceUrl, token, query)), 30_000);
  log(
    `myWarnings alone: cold median ${cold.medianMs} ms, warm median ${single.medianMs} ms; autocannon: ${opts.connections} connections, ${opts.seconds} s: ${query}`,
  );
  return { query, cold, single, load: await loadTest(serviceUrl, pid, { token, query }, opts.connections, opts.seconds) };
}

/**
 * The auditor's two history queries over HTTP at their intended size: the recorded recusals of
 * the person with the most of them, over the year; the missed recusals of the benchmark board
 * over the year (every held meeting audited).
 */
async function auditorQueries(serviceUrl: string, url: string, token: string, opts: Options): Promise<BenchResult['auditor']> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let person: string;
  let body: string;
  try {
    person = (
      await client.query<{ person_id: string }>(
        'select person_id from recusal group by person_id order by count(*) desc, person_id limit 1',
      )
    ).rows[0].person_id;
    body = (await client.query<{ body_id: string }>('select body_id from meeting where id = $1', [BENCH_MEETING_ID])).rows[0].body_id;
  } finally {
    await client.end();
  }
  const year = `from: "${MEETING_YEAR}-01-01", to: "${MEETING_YEAR}-12-31"`;
  const recusalsQuery = `{ recusals(filter: { personId: "${person}", ${year} }, first: 500) { nodes { meetingId itemId personId grounds decidedBy } } }`;
  const missedQuery = `{ missedRecusals(filter: { bodyId: "${body}", ${year} }, first: 500) { nodes { meetingId itemId personId grounds } } }`;
  type Nodes<K extends string> = Record<K, { nodes: unknown[] }>;
  const recusalRows = (await graphql<Nodes<'recusals'>>(serviceUrl, token, recusalsQuery)).recusals.nodes.length;
  const missedRows = (await graphql<Nodes<'missedRecusals'>>(serviceUrl, token, missedQuery)).missedRecusals.nodes.length;
  const budget = opts.budget * 1000;
  const recusals = await timeRuns(Math.min(opts.runs, 50), 3, async () => void (await graphql(serviceUrl, token, recusalsQuery)), budget);
  const missedRecusals = await timeRuns(
    Math.min(opts.runs, 20),
    1,
    async () => void (await graphql(serviceUrl, token, missedQuery)),
    budget,
  );
  log(
    `recusals (${person}, ${recusalRows} rows): p95 ${recusals.p95Ms} ms; missedRecusals (${body}, ${missedRows} rows): p95 ${missedRecusals.p95Ms} ms`,
  );
  return {
    recusals: { personId: person, rows: recusalRows, timing: recusals },
    missedRecusals: { bodyId: body, rows: missedRows, timing: missedRecusals },
  };
}

async function benchBoardMember(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ person_id: string }>(
      `select m.person_id from membership m join meeting g on g.body_id = m.organization_id
       where g.id = $1 and m.role in ('chair', 'vice_chair', 'member') and m.start_date <= g.meeting_date
         and (m.end_date is null or m.end_date >= g.meeting_date)
       order by m.id limit 1`,
      [BENCH_MEETING_ID],
    );
    return rows[0].person_id;
  } finally {
    await client.end();
  }
}

async function analyzeDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return String((await client.query<{ server_version: string }>('show server_version')).rows[0].server_version);
  } finally {
    await client.end();
  }
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim().length > 0;
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

const integer = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive integer: ${v}`);
  return n;
};

new Command('bench')
  .description('benchmark meetingCheck, its SQL floor and myWarnings on PostgreSQL')
  .addOption(new Option('--scale <scale>', 'data set size').choices(['S', 'M', 'L']).default('S'))
  .option('--runs <n>', 'measured runs of meetingCheck and of the floor', integer, 100)
  .option('--warmup <n>', 'unmeasured runs first', integer, 10)
  .option('--connections <n>', 'autocannon connections for myWarnings', integer, 32)
  .option('--seconds <n>', 'autocannon duration', integer, 10)
  .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else jaavi_bench_<scale> on 127.0.0.1)')
  .option('--fresh', 'drop and re-import the benchmark database', false)
  .option('--budget <seconds>', 'time limit of each timed series (at least 10 runs are made)', integer, 180)
  .action(async (opts: Options) => {
    await main(opts);
  })
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
