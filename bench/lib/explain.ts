import { Client } from 'pg';
import { FactsLoader } from '../../src/checks/facts-loader';

export interface ExplainedQuery {
  readonly label: string;
  readonly executionMs: number;
  readonly planningMs: number;
  readonly indexes: string[];
  /** Sequential scans: table, rows it returned, rows its filter threw away. */
  readonly seqScans: { table: string; rows: number; removed: number }[];
}

const LABELS: readonly (readonly [RegExp, string])[] = [
  [/from meeting m where m\.id/, 'meeting'],
  [/from agenda_item i where i\.meeting_id/, 'agenda items'],
  [/'preparer'/, 'item children (related, preparers, minutes…)'],
  [/select distinct person_id from membership/, "the body's seats around the date"],
  [/from relationship where person_id/, 'relationships, one step out'],
  [/with recursive own/, 'memberships that matter (+ next terms)'],
  [/from interest/, 'declared interests'],
  [/from person where/, 'persons'],
  [/with recursive named/, 'organisations, ancestors, owners'],
];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: { indexes: Set<string>; seqScans: ExplainedQuery['seqScans'] }): void {
  if (node['Index Name']) out.indexes.add(node['Index Name']);
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
    const loops = node['Actual Loops'] ?? 1;
    out.seqScans.push({
      table: node['Relation Name'],
      rows: (node['Actual Rows'] ?? 0) * loops,
      removed: (node['Rows Removed by Filter'] ?? 0) * loops,
    });
  }
  for (const child of node.Plans ?? []) walk(child, out);
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the facts loader runs for one meeting: the
 * statements are captured from a real load, then explained with the same parameters.
 */
export async function explainFactsLoader(url: string, meetingId: string): Promise<ExplainedQuery[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // As the service's connections (src/config/mikro-orm.config.ts): no JIT compilation.
  await client.query('set jit = off');
  try {
    const captured: { text: string; params: unknown[] }[] = [];
    await new FactsLoader().load(async (sql, params) => {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      captured.push({ text, params });
      return (await client.query(text, params)).rows as Record<string, unknown>[];
    }, meetingId);
    const explained: ExplainedQuery[] = [];
    for (const { text, params } of captured) {
      const { rows } = await client.query(`explain (analyze, buffers, format json) ${text}`, params);
      const plan = (rows[0] as { 'QUERY PLAN': { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }[] })['QUERY PLAN'][0];
      const found = { indexes: new Set<string>(), seqScans: [] as ExplainedQuery['seqScans'] };
      walk(plan.Plan, found);
      explained.push({
        label: LABELS.find(([pattern]) => pattern.test(text))?.[1] ?? text.slice(0, 40),
        executionMs: Math.round(plan['Execution Time'] * 100) / 100,
        planningMs: Math.round(plan['Planning Time'] * 100) / 100,
        indexes: [...found.indexes].sort(),
        seqScans: found.seqScans,
      });
    }
    return explained;
  } finally {
    await client.end();
  }
}
