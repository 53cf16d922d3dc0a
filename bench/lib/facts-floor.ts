import { Client } from 'pg';
import { FactsLoader } from '../../src/checks/facts-loader';
import { evaluate } from '../../src/rules';
import type { SqlRunner } from '../../src/database/sql';
import { pgRunner } from './database';
import { type Timing, summarize } from './stats';

export interface FloorResult {
  /** FactsLoader over a plain `pg` connection. */
  readonly load: Timing;
  /** The pure engine alone. */
  readonly evaluate: Timing;
  /** Both, per run. */
  readonly total: Timing;
  readonly items: number;
  readonly findings: number;
}

/**
 * The floor under `meetingCheck`: the same facts fetched with raw SQL (the service's own
 * FactsLoader, on a bare `pg` client) and `evaluate` alone, with no HTTP, GraphQL, ORM,
 * authorisation or storing of the run.
 */
export async function measureFloor(
  url: string,
  meetingId: string,
  runs: number,
  warmup: number,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<FloorResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // As the service's connections (src/config/mikro-orm.config.ts): no JIT compilation.
  await client.query('set jit = off');
  try {
    const sql: SqlRunner = pgRunner(client);
    const loader = new FactsLoader();
    const loads: number[] = [];
    const evaluations: number[] = [];
    let items = 0;
    let findings = 0;
    const started = performance.now();
    for (let i = 0; i < warmup + runs; i++) {
      if (loads.length >= 10 && performance.now() - started > budgetMs) break;
      const t0 = performance.now();
      const facts = await loader.load(sql, meetingId);
      const t1 = performance.now();
      const report = evaluate(facts, undefined, { lang: 'fi' });
      const t2 = performance.now();
      if (i < warmup) continue;
      loads.push(t1 - t0);
      evaluations.push(t2 - t1);
      items = report.items.length;
      findings = report.items.reduce((n, item) => n + item.findings.length, 0);
    }
    return {
      load: summarize(loads),
      evaluate: summarize(evaluations),
      total: summarize(loads.map((l, i) => l + evaluations[i])),
      items,
      findings,
    };
  } finally {
    await client.end();
  }
}
