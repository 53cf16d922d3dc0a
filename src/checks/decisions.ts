import type { SqlRunner } from '../database/sql';
import type { DecisionView } from './checks.service';

/** The latest decision on each finding of a run. */
export async function latestDecisions(sql: SqlRunner, runId: string): Promise<Map<string, DecisionView>> {
  const rows = await sql(
    `select distinct on (d.finding_id) d.finding_id, d.status, d.note, d.decided_by, d.decided_at
     from finding_decision d join finding f on f.id = d.finding_id
     where f.run_id = ?::uuid order by d.finding_id, d.decided_at desc, d.id desc`,
    [runId],
  );
  return new Map(
    rows.map((r) => [
      String(r.finding_id),
      {
        status: String(r.status),
        note: (r.note as string | null) ?? null,
        by: String(r.decided_by),
        at: new Date(r.decided_at as string).toISOString(),
      },
    ]),
  );
}
