/**
 * Compares a jaavi-check/1 or jaavi-audit/1 document with a scenario's `expect` block, with the
 * semantics of shared/scenarios/README.md. Framework-free (throws one Error listing every
 * mismatch) so end-to-end tests can reuse it on documents from the CLI or GraphQL.
 */

type Json = Record<string, unknown>;

export interface ExpectedFinding {
  person_id: string;
  outcome: string;
  grounds_any?: string[];
  lean?: string;
  capacity?: string;
}

export interface ExpectedItem {
  item_id: string;
  findings?: ExpectedFinding[];
  substitutions?: { for_person_id: string; deputy_person_id: string | null; status: string }[];
  summoned?: string[];
  quorum?: Record<string, unknown>;
  missed_recusals?: { person_id: string; grounds_any?: string[] }[];
  unfounded_recusals?: string[];
  upstream_defects?: { item_id: string; person_id: string }[];
  /** fi-2026.2: where listed, must be present in the report and match exactly. */
  ungrounded_recusals?: string[];
}

export interface ScenarioExpect {
  meeting_id: string;
  audit?: boolean;
  items: ExpectedItem[];
}

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const setEq = (a: Iterable<string>, b: Iterable<string>) => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const show = (v: unknown) => JSON.stringify(v);

/** Throws when `document` does not satisfy `scenarioExpect`; returns quietly otherwise. */
export function assertScenario(scenarioExpect: ScenarioExpect, document: unknown): void {
  const problems: string[] = [];
  const doc = (document ?? {}) as Json;
  if (doc.meeting_id !== scenarioExpect.meeting_id)
    problems.push(`meeting_id: expected ${scenarioExpect.meeting_id}, got ${show(doc.meeting_id)}`);
  const wantFormat = scenarioExpect.audit ? 'jaavi-audit/1' : 'jaavi-check/1';
  if (doc.format !== wantFormat) problems.push(`format: expected ${wantFormat}, got ${show(doc.format)}`);
  for (const want of scenarioExpect.items) {
    const got = arr(doc.items).find((i) => i.item_id === want.item_id);
    if (!got) {
      problems.push(`item ${want.item_id}: missing from the report`);
      continue;
    }
    const at = `item ${want.item_id}`;
    if (scenarioExpect.audit) checkAudit(want, got, at, problems);
    else checkCheck(want, got, at, problems);
  }
  if (problems.length > 0) {
    throw new Error(`scenario ${scenarioExpect.meeting_id} does not match:\n  ${problems.join('\n  ')}\nreport: ${show(document)}`);
  }
}

function checkCheck(want: ExpectedItem, got: Json, at: string, problems: string[]): void {
  const findings = arr(got.findings);
  if (want.findings) {
    const gotPersons = findings.map((f) => String(f.person_id));
    if (
      !setEq(
        gotPersons,
        want.findings.map((f) => f.person_id),
      )
    ) {
      problems.push(
        `${at}: findings for ${show([...new Set(gotPersons)].sort())}, expected ${show(want.findings.map((f) => f.person_id).sort())}`,
      );
    }
    for (const wf of want.findings) {
      const candidates = findings.filter((f) => f.person_id === wf.person_id && (!wf.capacity || f.capacity === wf.capacity));
      const match = candidates.find((f) => findingMatches(wf, f));
      if (!match) problems.push(`${at}: no finding matching ${show(wf)}; got ${show(candidates.map(brief))}`);
    }
  }
  const subs = arr(got.substitutions);
  for (const ws of want.substitutions ?? []) {
    const ok = subs.some(
      (s) => s.for_person_id === ws.for_person_id && s.deputy_person_id === ws.deputy_person_id && s.status === ws.status,
    );
    if (!ok) problems.push(`${at}: substitution ${show(ws)} missing; got ${show(subs)}`);
  }
  if (want.summoned) {
    const summoned = subs.filter((s) => s.status === 'summon').map((s) => String(s.deputy_person_id));
    if (!setEq(summoned, want.summoned)) problems.push(`${at}: summoned ${show(summoned)}, expected ${show(want.summoned)}`);
  }
  const quorum = (got.quorum ?? {}) as Json;
  for (const [key, value] of Object.entries(want.quorum ?? {})) {
    if (quorum[key] !== value) problems.push(`${at}: quorum.${key} is ${show(quorum[key])}, expected ${show(value)}`);
  }
}

function findingMatches(wf: ExpectedFinding, f: Json): boolean {
  if (f.outcome !== wf.outcome) return false;
  if (wf.lean !== undefined && f.lean !== wf.lean) return false;
  if (wf.capacity !== undefined && f.capacity !== wf.capacity) return false;
  const grounds = (f.grounds as string[] | undefined) ?? [];
  return !wf.grounds_any || wf.grounds_any.some((g) => grounds.includes(g));
}

function brief(f: Json) {
  return { person_id: f.person_id, capacity: f.capacity, outcome: f.outcome, lean: f.lean, grounds: f.grounds };
}

function checkAudit(want: ExpectedItem, got: Json, at: string, problems: string[]): void {
  const missed = arr(got.missed_recusals);
  if (want.missed_recusals) {
    const persons = missed.map((m) => String(m.person_id));
    if (
      !setEq(
        persons,
        want.missed_recusals.map((m) => m.person_id),
      )
    ) {
      problems.push(`${at}: missed_recusals ${show(persons)}, expected ${show(want.missed_recusals.map((m) => m.person_id))}`);
    }
    for (const wm of want.missed_recusals) {
      const m = missed.find((x) => x.person_id === wm.person_id);
      const grounds = (m?.grounds as string[] | undefined) ?? [];
      if (m && wm.grounds_any && !wm.grounds_any.some((g) => grounds.includes(g))) {
        problems.push(`${at}: missed recusal of ${wm.person_id} has grounds ${show(grounds)}, expected one of ${show(wm.grounds_any)}`);
      }
    }
  }
  if (want.unfounded_recusals) {
    const persons = arr(got.unfounded_recusals).map((u) => String(u.person_id));
    if (!setEq(persons, want.unfounded_recusals))
      problems.push(`${at}: unfounded_recusals ${show(persons)}, expected ${show(want.unfounded_recusals)}`);
  }
  if (want.upstream_defects) {
    const key = (d: { item_id?: unknown; person_id?: unknown }) => `${String(d.item_id)}/${String(d.person_id)}`;
    const gotKeys = arr(got.upstream_defects).map(key);
    const wantKeys = want.upstream_defects.map(key);
    if (!setEq(gotKeys, wantKeys)) problems.push(`${at}: upstream_defects ${show(gotKeys)}, expected ${show(wantKeys)}`);
  }
  if (want.ungrounded_recusals) {
    if (!Array.isArray(got.ungrounded_recusals)) problems.push(`${at}: ungrounded_recusals missing from the report`);
    const persons = arr(got.ungrounded_recusals).map((u) => String(u.person_id));
    if (!setEq(persons, want.ungrounded_recusals))
      problems.push(`${at}: ungrounded_recusals ${show(persons)}, expected ${show(want.ungrounded_recusals)}`);
  }
}
