/**
 * Imports a large `jaavi-dataset/1` file without holding it in memory: the file is parsed as a
 * token stream (stream-json) and each element of the top-level lists is assembled on its own.
 *
 * Pass 1 reads the ids every cross-reference rule needs (and keeps organizations and persons,
 * the small core of the registry, whole). Pass 2 validates the records batch by batch with the
 * same schema and rules as `validateDataset` (their lookups answered from pass 1) and writes
 * each batch with `writeDataset`, all inside one transaction: every problem is listed (up to
 * MAX_PROBLEMS) and nothing is written unless the whole file is valid.
 */
import { statSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { writeDataset, type ImportCounts, type KindCounts } from './dataset-writer';
import type { ImportResult } from './import.service';
import { DATASET_FORMAT } from './validation/dataset.types';
import { formatPath, sortByDocumentOrder } from './validation/json-path';
import { type Obj, type Row, rows, str } from './validation/loose';
import { type PathProblem, type Problem } from './validation/problem';
import { DATASET_RULES } from './validation/rules';
import { duplicateIdsRule } from './validation/rules/duplicate-ids.rule';
import { schemaErrors } from './validation/schema';
import { schemaProblems } from './validation/schema-problems';
import type { AgendaRow, ValidationContext } from './validation/validation-context';
import { readEntries } from './stream/entries';
import { type DocumentIndex, firstPass } from './stream/first-pass';
import { LayeredAgenda } from './stream/layered-agenda';
import { type ListKey, isList } from './stream/lists';
import { Progress } from './stream/progress';

/** Files larger than this are streamed; smaller ones take the whole-document path. */
export const STREAM_THRESHOLD_BYTES = 50 * 1024 * 1024;

/** Past this many problems the report stops: the file needs fixing at its source anyway. */
export const MAX_PROBLEMS = 1000;

/** Records per validated and written batch (an event carries its agenda and minutes). */
const BATCH: Readonly<Record<ListKey, number>> = {
  organizations: Number.MAX_SAFE_INTEGER,
  persons: 5000,
  memberships: 5000,
  relationships: 5000,
  interests: 5000,
  events: 250,
};

/** True for a readable file past the threshold; anything else takes the ordinary path and its errors. */
export function isLargeDataset(file: string): boolean {
  try {
    return statSync(file).size > STREAM_THRESHOLD_BYTES;
  } catch {
    return false;
  }
}

export interface StreamOptions {
  /** Progress bar on stderr (default true). */
  readonly progress?: boolean;
}

/**
 * Validates and imports `file` in one transaction with its audit event, like
 * `ImportService.importDocument`; throws BAD_USER_INPUT listing the problems.
 */
export async function streamImportFile(em: EntityManager, file: string, actor: Actor, options: StreamOptions = {}): Promise<ImportResult> {
  const progress = new Progress(statSync(file).size, options.progress === false ? undefined : process.stderr);
  const index = await firstPass(file, progress);
  const counts = await em.fork().transactional(async (tem) => {
    const sql = sqlRunner(tem);
    const outcome = await secondPass(file, index, progress, sql);
    if (outcome.problems.length > 0) throw rejection(outcome);
    await appendAudit(sql, actor, { action: 'dataset.import', subjectType: 'dataset', details: outcome.counts });
    return outcome.counts;
  });
  const totals = Object.values(counts).reduce(
    (sum, c) => ({ created: sum.created + c.created, updated: sum.updated + c.updated, unchanged: sum.unchanged + c.unchanged }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  return { ...totals, counts };
}

/** The streaming validation alone (no database): what `streamImportFile` would reject. */
export async function validateFileStreaming(
  file: string,
  options: StreamOptions = {},
): Promise<{ ok: boolean; problems: Problem[]; truncated: boolean }> {
  const progress = new Progress(statSync(file).size, options.progress === true ? process.stderr : undefined);
  const outcome = await secondPass(file, await firstPass(file, progress), progress, undefined);
  return { ok: outcome.problems.length === 0, problems: outcome.problems, truncated: outcome.truncated };
}

function rejection(outcome: { problems: Problem[]; truncated: boolean }): AppError {
  const count = outcome.truncated ? `more than ${MAX_PROBLEMS}` : String(outcome.problems.length);
  return AppError.badInput(
    `the dataset has ${count} problem(s); nothing was imported`,
    outcome.problems.map((p) => ({ path: p.path, message: p.message, code: p.code })),
  );
}

// ---------------------------------------------------------------------------------------------
// Pass 2: validate each batch as `validateDataset` would, and write it while all is well.

interface Outcome {
  /** In the order found; sorted into document order at the end. */
  problems: Problem[];
  truncated: boolean;
  counts: ImportCounts;
}

const COUNT_KEYS: Readonly<Record<ListKey, (keyof ImportCounts)[]>> = {
  organizations: ['organizations'],
  persons: ['persons'],
  memberships: ['memberships'],
  relationships: ['relationships'],
  interests: ['interests'],
  events: ['meetings', 'agendaItems'],
};

async function secondPass(file: string, index: DocumentIndex, progress: Progress, sql: SqlRunner | undefined): Promise<Outcome> {
  const zero = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0 });
  const outcome: Outcome = {
    problems: [],
    truncated: false,
    counts: {
      organizations: zero(),
      persons: zero(),
      memberships: zero(),
      relationships: zero(),
      interests: zero(),
      meetings: zero(),
      agendaItems: zero(),
    },
  };
  const topLevel = [...topLevelProblems(index.skeleton), ...index.duplicates.filter((p) => p.path.length === 1)];
  addProblems(
    outcome,
    sortByDocumentOrder(index.skeleton, topLevel, (p) => p.path),
  );

  const statistics = sql ? new Statistics(sql) : undefined;
  const handle = async (key: ListKey, offset: number, values: unknown[]) => {
    if (outcome.truncated) return;
    addProblems(outcome, validateBatch(key, offset, values, index));
    if (sql === undefined || outcome.problems.length > 0) return;
    await statistics?.refresh(key, values.length);
    const written = await writeDataset(sql, { format: DATASET_FORMAT, [key]: values }, { eventOffset: key === 'events' ? offset : 0 });
    for (const name of COUNT_KEYS[key]) {
      const sum = outcome.counts[name];
      sum.created += written[name].created;
      sum.updated += written[name].updated;
      sum.unchanged += written[name].unchanged;
    }
  };

  progress.start(sql ? 'pass 2/2: validating and writing' : 'pass 2/2: validating');
  // The core of the registry first, from memory: everything else refers to it.
  await handle(
    'organizations',
    0,
    index.organizations.map((r) => r.value),
  );
  for (let i = 0; i < index.persons.length; i += BATCH.persons) {
    await handle(
      'persons',
      i,
      index.persons.slice(i, i + BATCH.persons).map((r) => r.value),
    );
  }
  let key: ListKey | undefined;
  let offset = 0;
  let batch: unknown[] = [];
  const flush = async () => {
    if (key !== undefined && batch.length > 0) await handle(key, offset, batch);
    offset += batch.length;
    batch = [];
  };
  const skip = (name: string) => !isList(name) || name === 'organizations' || name === 'persons';
  for await (const chunk of readEntries(file, progress, skip)) {
    for (const entry of chunk) {
      if (!isList(entry.key) || entry.index < 0) continue;
      if (entry.key !== key) {
        await flush();
        key = entry.key;
        offset = entry.index;
      }
      batch.push(entry.value);
      progress.count();
      if (batch.length >= BATCH[key]) await flush();
    }
    if (outcome.truncated) break;
  }
  await flush();
  progress.finish();
  // Organizations and persons were checked first; report in the order of the file's members.
  const rank = new Map(Object.keys(index.skeleton).map((name, i) => [name, i]));
  const keyOf = (path: string) => /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(path)?.[0] ?? '';
  const ranked = outcome.problems.map((p, i) => ({ p, i, r: p.path === '' ? -1 : (rank.get(keyOf(p.path)) ?? rank.size) }));
  outcome.problems = ranked.sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
  return outcome;
}

/** The tables a list's batches write to and then look up by parent id (the writer's deletes). */
const TABLES: Readonly<Record<ListKey, readonly string[]>> = {
  organizations: [],
  persons: ['person', 'person_name', 'person_identifier', 'person_contact_detail'],
  memberships: ['membership'],
  relationships: [],
  interests: [],
  events: [
    'meeting',
    'meeting_participant',
    'expected_absence',
    'agenda_item',
    'related_entity',
    'item_preparer',
    'item_concern',
    'minutes_participant',
    'recusal',
    'substitute',
  ],
};

/**
 * Keeps the planner's statistics in step with tables that fill up inside the one transaction.
 * Without it the planner still sees the tables as they were (often empty) and scans a child
 * table whole for every batch's `delete … where item_id = any(…)`: quadratic, hours at scale L.
 * ANALYZE counts the transaction's own rows; it runs each time a list's written records double.
 */
class Statistics {
  private readonly written = new Map<ListKey, number>();
  private readonly next = new Map<ListKey, number>();

  constructor(private readonly sql: SqlRunner) {}

  async refresh(key: ListKey, adding: number): Promise<void> {
    const tables = TABLES[key];
    const before = this.written.get(key) ?? 0;
    this.written.set(key, before + adding);
    if (tables.length === 0 || before < (this.next.get(key) ?? 4 * BATCH[key])) return;
    await this.sql(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`, []);
    this.next.set(key, 2 * before);
  }
}

function addProblems(outcome: Outcome, problems: readonly PathProblem[]): void {
  for (const p of problems) {
    if (outcome.problems.length >= MAX_PROBLEMS) {
      outcome.truncated = true;
      return;
    }
    outcome.problems.push({ path: formatPath(p.path), message: p.message, code: p.code });
  }
}

/** Problems with the document itself: `format`, unknown top-level members, lists that are not lists. */
function topLevelProblems(skeleton: Record<string, unknown>): PathProblem[] {
  return schemaProblems(skeleton, schemaErrors(skeleton));
}

/**
 * One batch checked like a whole document: the JSON Schema on a document holding just this
 * batch, then every semantic rule with the file's indexes for lookups. Paths are batch-relative
 * while checking and moved to the record's real position at the end.
 */
function validateBatch(key: ListKey, offset: number, values: unknown[], index: DocumentIndex): PathProblem[] {
  const doc: Obj = { format: DATASET_FORMAT, [key]: values };
  const fromSchema = schemaProblems(doc, schemaErrors(doc)).filter((p) => p.path[0] === key);
  const ctx = batchContext(key, doc, index);
  const fromRules: PathProblem[] = [];
  for (const rule of DATASET_RULES) {
    // Ids are checked across the whole file in pass 1; the rule still checks item order per meeting.
    const found = [...rule.check(ctx)];
    fromRules.push(...(rule === duplicateIdsRule ? found.filter((p) => p.code === 'duplicate_order') : found));
  }
  const end = offset + values.length;
  const duplicates = index.duplicates
    .filter((p) => p.path[0] === key && Number(p.path[1]) >= offset && Number(p.path[1]) < end)
    .map((p) => ({ ...p, path: [key, Number(p.path[1]) - offset, ...p.path.slice(2)] }));
  const rejected = new Set(fromSchema.map((p) => formatPath(p.path)));
  const kept = [...duplicates, ...fromRules].filter((p) => p.code === 'personal_identity_code' || !rejected.has(formatPath(p.path)));
  return sortByDocumentOrder(doc, [...fromSchema, ...kept], (p) => p.path).map((p) => ({
    ...p,
    path: [key, Number(p.path[1]) + offset, ...p.path.slice(2)],
  }));
}

function batchContext(key: ListKey, doc: Obj, index: DocumentIndex): ValidationContext {
  const list = rows(doc, key, []);
  const events = key === 'events' ? list : [];
  const agendaItems = events.flatMap((event) => rows(event.value, 'agenda', event.path).map((item) => ({ event, item })));
  const localItems = new Map<string, AgendaRow>();
  for (const entry of agendaItems) {
    const id = str(entry.item.value, 'id');
    if (id !== undefined && !localItems.has(id)) localItems.set(id, entry);
  }
  const organizationsById = new Map<string, Row>();
  if (key === 'organizations') {
    for (const row of list) {
      const id = str(row.value, 'id');
      if (id !== undefined && !organizationsById.has(id)) organizationsById.set(id, row);
    }
  }
  return {
    doc,
    organizations: key === 'organizations' ? list : [],
    persons: key === 'persons' ? list : [],
    memberships: key === 'memberships' ? list : [],
    relationships: key === 'relationships' ? list : [],
    interests: key === 'interests' ? list : [],
    events,
    agendaItems,
    organizationsById: key === 'organizations' ? organizationsById : index.organizationsById,
    personsById: index.personsById,
    membershipsById: index.membershipsById,
    agendaItemsById: new LayeredAgenda(localItems, index.agenda),
  };
}
