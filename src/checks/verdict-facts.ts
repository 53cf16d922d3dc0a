import type { SqlRunner } from '../database/sql';
import type { Capacity, DecisionFact, Facts, Lean, Outcome, SelfRecusalFact } from '../rules';

/**
 * The decisions and announcements the engine takes as facts (legal-grounds §6): the body's
 * latest decision on each finding of the meeting's latest run (decisions on unchanged findings
 * are carried over to every new run, so the latest run holds all that stand) and the officials'
 * announced self-recusals. With `knownOn`, only what had been recorded by then.
 */
export async function withVerdicts(sql: SqlRunner, facts: Facts, knownOn?: Date): Promise<Facts> {
  const at = knownOn ? knownOn.toISOString() : null;
  const decisions = await sql(
    `select distinct on (f.id) f.item_id, f.person_id, f.capacity, f.outcome, f.lean, f.grounds, d.status
     from finding f join finding_decision d on d.finding_id = f.id
     where f.run_id = (select id from check_run where meeting_id = ? and created_at <= coalesce(?::timestamptz, 'infinity')
                       order by created_at desc, id desc limit 1)
       and d.decided_at <= coalesce(?::timestamptz, 'infinity')
     order by f.id, d.decided_at desc, d.id desc`,
    [facts.meeting.id, at, at],
  );
  const recusals = await sql(
    `select distinct s.item_id, s.person_id from self_recusal s join agenda_item i on i.id = s.item_id
     where i.meeting_id = ? and s.announced_at <= coalesce(?::timestamptz, 'infinity')
       and (s.withdrawn_at is null or s.withdrawn_at > coalesce(?::timestamptz, 'infinity'))
     order by s.item_id, s.person_id`,
    [facts.meeting.id, at, at],
  );
  return {
    ...facts,
    decisions: decisions
      .map((r): DecisionFact => ({
        itemId: String(r.item_id),
        personId: String(r.person_id),
        capacity: r.capacity as Capacity,
        outcome: r.outcome as Outcome,
        lean: (r.lean as Lean | null) ?? null,
        grounds: r.grounds as string[],
        status: r.status === 'dismissed' ? 'dismissed' : 'confirmed',
      }))
      .sort((a, b) => `${a.itemId}/${a.personId}/${a.capacity}`.localeCompare(`${b.itemId}/${b.personId}/${b.capacity}`)),
    selfRecusals: recusals.map((r): SelfRecusalFact => ({ itemId: String(r.item_id), personId: String(r.person_id) })),
  };
}
