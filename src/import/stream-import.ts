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
import { createReadStream, statSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import Assembler from 'stream-json/assembler.js';
import { parser } from 'stream-json';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../common/app-error';
import { sqlRunner, type SqlRunner } from '../database/sql';
import { writeDataset, type ImportCounts, type KindCounts } from './dataset-writer';
import type { ImportResult } from './import.service';
import { quote } from './validation/describe-value';
import { DATASET_FORMAT, type Dataset } from './validation/dataset.types';
import { type JsonPath, formatPath, sortByDocumentOrder } from './validation/json-path';
import { type Obj, type Row, isObj, rows, str } from './validation/loose';
import { type PathProblem, type Problem, problem } from './validation/problem';
import { DATASET_RULES } from './validation/rules';
import { duplicateIdsRule } from './validation/rules/duplicate-ids.rule';
import { schemaErrors } from './validation/schema';
import { schemaProblems } from './validation/schema-problems';
import type { AgendaRow, ValidationContext } from './validation/validation-context';

/** Files larger than this are streamed; smaller ones take the whole-document path. */
export const STREAM_THRESHOLD_BYTES = 50 * 1024 * 1024;

/** Past this many problems the report stops: the file needs fixing at its source anyway. */
export const MAX_PROBLEMS = 1000;

const LISTS = ['organizations', 'persons', 'memberships', 'relationships', 'interests', 'events'] as const;
type ListKey = (typeof LISTS)[number];
const isList = (key: string): key is ListKey => (LISTS as readonly string[]).includes(key);

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
export async function validateFileStreaming(file: string, options: StreamOptions = {}): Promise<{ ok: boolean; problems: Problem[]; truncated: boolean }> {
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
// Reading: top-level members, and the elements of top-level lists one at a time.

interface Entry {
  readonly key: string;
  /** Position in the top-level list; -1 for a top-level value that is not a list. */
  readonly index: number;
  readonly value: unknown;
}

interface Token {
  name: string;
  value?: unknown;
}

/**
 * Turns the parser's tokens into entries. Values of skipped keys are read past without being
 * assembled. Throws on a document that is not a JSON object.
 */
class EntryAssembler {
  private depth = 0;
  private key = '';
  private index = 0;
  private inList = false;
  private assembler: Assembler | undefined;
  private skipping = false;

  constructor(
    private readonly emit: (entry: Entry) => void,
    private readonly skip: (key: string) => boolean,
  ) {}

  consume(token: Token): void {
    if (this.assembler) {
      this.assembler.consume(token as Parameters<Assembler['consume']>[0]);
      if (this.assembler.done) {
        if (!this.skipping) this.emit({ key: this.key, index: this.inList ? this.index : -1, value: this.assembler.current });
        this.assembler = undefined;
        if (this.inList) this.index += 1;
      }
      return;
    }
    const opens = token.name === 'startObject' || token.name === 'startArray';
    if (this.depth === 0) {
      if (token.name !== 'startObject') throw new AppError('BAD_USER_INPUT', 'the file is not a jaavi-dataset/1 document: it must be one JSON object');
      this.depth = 1;
    } else if (this.depth === 1) {
      if (token.name === 'keyValue') {
        this.key = String(token.value);
        this.skipping = this.skip(this.key);
      } else if (token.name === 'startArray') {
        this.depth = 2;
        this.inList = true;
        this.index = 0;
        this.emit({ key: this.key, index: -2, value: undefined });
      } else if (token.name === 'endObject') {
        this.depth = 0;
      } else {
        this.value(token, opens);
      }
    } else if (token.name === 'endArray') {
      this.depth = 1;
      this.inList = false;
    } else {
      this.value(token, opens);
    }
  }

  /** A value starts: a container is assembled token by token, a scalar is complete. */
  private value(token: Token, opens: boolean): void {
    if (opens) {
      this.assembler = new Assembler();
      this.assembler.consume(token as Parameters<Assembler['consume']>[0]);
      return;
    }
    const scalar = new Assembler();
    scalar.consume(token as Parameters<Assembler['consume']>[0]);
    if (!this.skipping) this.emit({ key: this.key, index: this.inList ? this.index : -1, value: scalar.current });
    if (this.inList) this.index += 1;
  }
}

/**
 * The file's entries in order, in chunks (one await per chunk, not per token), pausing the
 * parser while the consumer is busy so memory stays bounded. An entry with index -2 marks the
 * start of a top-level list (so empty lists are seen too).
 */
async function* readEntries(file: string, progress: Progress, skip: (key: string) => boolean = () => false): AsyncGenerator<Entry[]> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const tokens = source.pipe(parser.asStream({ packValues: true, streamValues: false }));
  let queue: Entry[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const assembler = new EntryAssembler((entry) => {
    queue.push(entry);
    if (queue.length >= 512) tokens.pause();
    wake?.();
  }, skip);
  source.on('data', (chunk) => progress.advance(chunk.length));
  tokens.on('data', (token: Token) => {
    try {
      assembler.consume(token);
    } catch (error) {
      failure = error;
      source.destroy();
      tokens.destroy();
      wake?.();
    }
  });
  const fail = (error: Error) => {
    failure ??= new AppError('BAD_USER_INPUT', `${file} is not valid JSON: ${error.message}`);
    wake?.();
  };
  tokens.on('error', fail);
  source.on('error', (error: NodeJS.ErrnoException) => fail(new Error(`cannot read it: ${error.code ?? error.message}`)));
  tokens.on('end', () => {
    ended = true;
    wake?.();
  });
  for (;;) {
    if (queue.length > 0) {
      const chunk = queue;
      queue = [];
      tokens.resume();
      yield chunk;
    } else if (failure !== undefined) {
      throw failure;
    } else if (ended) {
      return;
    } else {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 1: ids and what the cross-reference rules need of the records they point to.

/** Agenda items by id (position only, rows made on demand): prepared_in is checked against these. */
class AgendaIndex implements ReadonlyMap<string, AgendaRow> {
  readonly byId = new Map<string, number>();
  readonly eventOf: number[] = [];
  readonly positionOf: number[] = [];
  readonly eventIds: string[] = [];
  readonly eventStarts: (string | undefined)[] = [];
  /** Where each indexed event is in the `events` list (non-object elements are not indexed). */
  readonly eventPositions: number[] = [];

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): AgendaRow | undefined {
    const k = this.byId.get(id);
    if (k === undefined) return undefined;
    const e = this.eventOf[k];
    const eventPath: JsonPath = ['events', this.eventPositions[e]];
    const start = this.eventStarts[e];
    return {
      event: { value: { id: this.eventIds[e], ...(start === undefined ? {} : { start_date: start }) }, path: eventPath },
      item: { value: { id }, path: [...eventPath, 'agenda', this.positionOf[k]] },
    };
  }

  *entries(): MapIterator<[string, AgendaRow]> {
    for (const id of this.byId.keys()) yield [id, this.get(id) as AgendaRow];
  }

  keys(): MapIterator<string> {
    return this.byId.keys();
  }

  *values(): MapIterator<AgendaRow> {
    for (const [, row] of this.entries()) yield row;
  }

  forEach(callback: (value: AgendaRow, key: string, map: ReadonlyMap<string, AgendaRow>) => void): void {
    for (const [id, row] of this.entries()) callback(row, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, AgendaRow]> {
    return this.entries();
  }
}

/** The batch's own agenda rows first (so "the same meeting" is recognised), then the file's. */
class LayeredAgenda implements ReadonlyMap<string, AgendaRow> {
  constructor(
    private readonly local: ReadonlyMap<string, AgendaRow>,
    private readonly all: AgendaIndex,
  ) {}

  get size(): number {
    return this.all.size;
  }

  has(id: string): boolean {
    return this.local.has(id) || this.all.has(id);
  }

  get(id: string): AgendaRow | undefined {
    return this.local.get(id) ?? this.all.get(id);
  }

  *entries(): MapIterator<[string, AgendaRow]> {
    for (const id of this.all.keys()) yield [id, this.get(id) as AgendaRow];
  }

  keys(): MapIterator<string> {
    return this.all.keys();
  }

  *values(): MapIterator<AgendaRow> {
    for (const [, row] of this.entries()) yield row;
  }

  forEach(callback: (value: AgendaRow, key: string, map: ReadonlyMap<string, AgendaRow>) => void): void {
    for (const [id, row] of this.entries()) callback(row, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, AgendaRow]> {
    return this.entries();
  }
}

interface DocumentIndex {
  /** Top-level members as written, lists emptied: checked against the schema once. */
  readonly skeleton: Record<string, unknown>;
  /** Organizations and persons, whole, with their paths. */
  readonly organizations: Row[];
  readonly persons: Row[];
  readonly organizationsById: Map<string, Row>;
  readonly personsById: Map<string, Row>;
  /** Memberships reduced to what `deputy_for` checks read. */
  readonly membershipsById: Map<string, Row>;
  readonly agenda: AgendaIndex;
  /** Duplicate ids across the whole file, with their real paths. */
  readonly duplicates: PathProblem[];
}

async function firstPass(file: string, progress: Progress): Promise<DocumentIndex> {
  const index: DocumentIndex = {
    skeleton: {},
    organizations: [],
    persons: [],
    organizationsById: new Map(),
    personsById: new Map(),
    membershipsById: new Map(),
    agenda: new AgendaIndex(),
    duplicates: [],
  };
  const firstAt = new Map<string, Map<string, number>>(LISTS.map((key) => [key, new Map()]));
  const noteId = (key: ListKey, id: string, i: number) => {
    const seen = firstAt.get(key) as Map<string, number>;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(own(id), i);
    else index.duplicates.push(problem([key, i, 'id'], 'duplicate_id', `duplicate id ${quote(id)}; first at ${formatPath([key, earlier])}`));
    return earlier === undefined;
  };
  progress.start('pass 1/2: reading ids');
  for await (const chunk of readEntries(file, progress)) {
    for (const { key, index: i, value } of chunk) {
      if (i === -2) {
        // JSON.parse would keep the last of two lists with one name; here that is an error.
        if (Object.hasOwn(index.skeleton, key)) index.duplicates.push(problem([key], 'duplicate_entry', `${quote(key)} appears twice in the document`));
        index.skeleton[key] = [];
        continue;
      }
      if (i === -1 || !isList(key)) {
        if (i === -1) index.skeleton[key] = value;
        continue;
      }
      progress.count();
      const path: JsonPath = [key, i];
      // Organizations and persons are kept whole: copied, so they hold on to no parser buffers.
      const kept = isObj(value) && (key === 'organizations' || key === 'persons') ? (JSON.parse(JSON.stringify(value)) as Obj) : value;
      const row: Row | undefined = isObj(kept) ? { value: kept, path } : undefined;
      const id = row ? str(row.value, 'id') : undefined;
      const first = id === undefined ? false : noteId(key, id, i);
      if (key === 'organizations' && row) {
        index.organizations.push(row);
        if (first) index.organizationsById.set(id as string, row);
      } else if (key === 'persons' && row) {
        index.persons.push(row);
        if (first) index.personsById.set(id as string, row);
      } else if (key === 'memberships' && row && first) {
        const summary: Record<string, string> = {};
        for (const field of ['id', 'person_id', 'organization_id', 'role']) {
          const v = str(row.value, field);
          if (v !== undefined) summary[field] = own(v);
        }
        index.membershipsById.set(summary.id, { value: summary, path });
      } else if (key === 'events' && row) {
        indexAgenda(index, row);
      }
    }
  }
  progress.finish();
  return index;
}

function indexAgenda(index: DocumentIndex, event: Row): void {
  const agenda = index.agenda;
  const e = agenda.eventIds.length;
  const start = str(event.value, 'start_date');
  agenda.eventIds.push(own(str(event.value, 'id') ?? ''));
  agenda.eventStarts.push(start === undefined ? undefined : own(start));
  agenda.eventPositions.push(Number(event.path[1]));
  for (const item of rows(event.value, 'agenda', event.path)) {
    const id = str(item.value, 'id');
    if (id === undefined) continue;
    const earlier = agenda.byId.get(id);
    if (earlier !== undefined) {
      const first = formatPath(['events', agenda.eventPositions[agenda.eventOf[earlier]], 'agenda', agenda.positionOf[earlier]]);
      index.duplicates.push(
        problem([...item.path, 'id'], 'duplicate_id', `duplicate agenda item id ${quote(id)} (item ids must be unique across all meetings); first at ${first}`),
      );
      continue;
    }
    agenda.byId.set(own(id), agenda.eventOf.length);
    agenda.eventOf.push(e);
    agenda.positionOf.push(Number(item.path[3]));
  }
}

/**
 * A copy of a string the index keeps. The parser's strings can be slices of its input chunks,
 * and keeping one alive would keep a whole chunk alive with it.
 */
function own(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
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
    counts: { organizations: zero(), persons: zero(), memberships: zero(), relationships: zero(), interests: zero(), meetings: zero(), agendaItems: zero() },
  };
  const topLevel = [...topLevelProblems(index.skeleton), ...index.duplicates.filter((p) => p.path.length === 1)];
  addProblems(outcome, sortByDocumentOrder(index.skeleton, topLevel, (p) => p.path));

  const statistics = sql ? new Statistics(sql) : undefined;
  const handle = async (key: ListKey, offset: number, values: unknown[]) => {
    if (outcome.truncated) return;
    addProblems(outcome, validateBatch(key, offset, values, index));
    if (sql === undefined || outcome.problems.length > 0) return;
    await statistics?.refresh(key, values.length);
    const written = await writeDataset(sql, { format: DATASET_FORMAT, [key]: values } as Dataset);
    for (const name of COUNT_KEYS[key]) {
      const sum = outcome.counts[name];
      sum.created += written[name].created;
      sum.updated += written[name].updated;
      sum.unchanged += written[name].unchanged;
    }
  };

  progress.start(sql ? 'pass 2/2: validating and writing' : 'pass 2/2: validating');
  // The core of the registry first, from memory: everything else refers to it.
  await handle('organizations', 0, index.organizations.map((r) => r.value));
  for (let i = 0; i < index.persons.length; i += BATCH.persons) {
    await handle('persons', i, index.persons.slice(i, i + BATCH.persons).map((r) => r.value));
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
  persons: ['person', 'person_name', 'person_identifier'],
  memberships: ['membership'],
  relationships: [],
  interests: [],
  events: ['meeting', 'meeting_participant', 'expected_absence', 'agenda_item', 'related_entity', 'item_preparer', 'item_concern', 'minutes_participant', 'recusal', 'substitute'],
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

// ---------------------------------------------------------------------------------------------
// Progress on stderr: a bar on a terminal, a line every few seconds in a log.

class Progress {
  private phase = '';
  private bytes = 0;
  private records = 0;
  private phaseStarted = 0;
  private lastDrawn = 0;
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream | undefined,
  ) {
    this.tty = Boolean(out?.isTTY);
  }

  start(phase: string): void {
    this.phase = phase;
    this.bytes = 0;
    this.records = 0;
    this.phaseStarted = Date.now();
    this.draw(true);
  }

  advance(bytes: number): void {
    this.bytes += bytes;
    this.draw(false);
  }

  count(): void {
    this.records += 1;
  }

  finish(): void {
    this.bytes = this.total;
    this.draw(true);
    if (this.out && this.tty) this.out.write('\n');
  }

  private draw(force: boolean): void {
    if (!this.out) return;
    const now = Date.now();
    if (!force && now - this.lastDrawn < (this.tty ? 250 : 10_000)) return;
    this.lastDrawn = now;
    const fraction = this.total > 0 ? Math.min(1, this.bytes / this.total) : 1;
    const width = 28;
    const filled = Math.round(fraction * width);
    const seconds = (now - this.phaseStarted) / 1000;
    const eta = fraction > 0 && fraction < 1 ? ` ETA ${Math.round((seconds / fraction) * (1 - fraction))} s` : '';
    const mb = (n: number) => (n / 1e6).toFixed(0);
    const line =
      `${this.phase} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ` +
      `${mb(this.bytes)}/${mb(this.total)} MB, ${this.records} records, ${Math.round(seconds)} s${eta}`;
    this.out.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }
}
