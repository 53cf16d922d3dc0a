import type { CheckDocument } from '../rules/interchange';

type DocFinding = CheckDocument['items'][number]['findings'][number];

export interface FindingKey {
  itemId: string;
  personId: string;
  capacity: string;
}

/** What changed between two runs of one meeting's check. */
export interface CheckChanges {
  previousRunId: string;
  newFindings: FindingKey[];
  removedFindings: FindingKey[];
  changedFindings: FindingKey[];
  /** Items whose summons (substitutions) differ. */
  summonsChanged: string[];
  /** Items whose quorum differs. */
  quorumChanged: string[];
  /** Deputies summoned (with or without a warning) in the new report and not in the old, per item. */
  deputiesToSummon: DeputyChange[];
  /** Deputies summoned in the old report and not in the new. */
  deputiesToCancel: DeputyChange[];
}

export interface DeputyChange {
  itemId: string;
  deputyPersonId: string;
  forPersonId: string;
}

const SUMMONED = new Set(['summon', 'summon_with_warning']);

function summoned(report: CheckDocument): Map<string, DeputyChange> {
  const map = new Map<string, DeputyChange>();
  for (const item of report.items) {
    for (const s of item.substitutions) {
      if (!s.deputy_person_id || !SUMMONED.has(s.status)) continue;
      map.set(`${item.item_id}\u0000${s.deputy_person_id}`, {
        itemId: item.item_id,
        deputyPersonId: s.deputy_person_id,
        forPersonId: s.for_person_id,
      });
    }
  }
  return map;
}

const keyOf = (itemId: string, f: DocFinding) => `${itemId}\u0000${f.person_id}\u0000${f.capacity}`;
const gist = (f: DocFinding) => JSON.stringify([f.outcome, f.lean ?? null, [...f.grounds].sort()]);

function findingsOf(report: CheckDocument): Map<string, { key: FindingKey; gist: string }> {
  const map = new Map<string, { key: FindingKey; gist: string }>();
  for (const item of report.items) {
    for (const f of item.findings) {
      map.set(keyOf(item.item_id, f), { key: { itemId: item.item_id, personId: f.person_id, capacity: f.capacity }, gist: gist(f) });
    }
  }
  return map;
}

/** JSON with object keys sorted: stored reports come back from jsonb with keys reordered. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Compares a new report with the previous run's (both jaavi-check/1): findings by item, person and capacity. */
export function diffReports(previousRunId: string, before: CheckDocument, after: CheckDocument): CheckChanges {
  const old = findingsOf(before);
  const now = findingsOf(after);
  const changes: CheckChanges = {
    previousRunId,
    newFindings: [],
    removedFindings: [],
    changedFindings: [],
    summonsChanged: [],
    quorumChanged: [],
    deputiesToSummon: [],
    deputiesToCancel: [],
  };
  for (const [k, v] of now) {
    const was = old.get(k);
    if (!was) changes.newFindings.push(v.key);
    else if (was.gist !== v.gist) changes.changedFindings.push(v.key);
  }
  for (const [k, v] of old) if (!now.has(k)) changes.removedFindings.push(v.key);
  const items = new Set([...before.items, ...after.items].map((i) => i.item_id));
  for (const itemId of items) {
    const a = before.items.find((i) => i.item_id === itemId);
    const b = after.items.find((i) => i.item_id === itemId);
    if (canonical(a?.substitutions) !== canonical(b?.substitutions)) changes.summonsChanged.push(itemId);
    if (canonical(a?.quorum) !== canonical(b?.quorum)) changes.quorumChanged.push(itemId);
  }
  const then = summoned(before);
  const current = summoned(after);
  for (const [k, v] of current) if (!then.has(k)) changes.deputiesToSummon.push(v);
  for (const [k, v] of then) if (!current.has(k)) changes.deputiesToCancel.push(v);
  return changes;
}
