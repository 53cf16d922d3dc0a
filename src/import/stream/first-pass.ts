/**
 * Pass 1 of the streaming import: the ids every cross-reference rule needs, and what those
 * rules read of the records they point to (organizations and persons whole).
 */
import { quote } from '../validation/describe-value';
import { type JsonPath, formatPath } from '../validation/json-path';
import { type Obj, type Row, isObj, rows, str } from '../validation/loose';
import { type PathProblem, problem } from '../validation/problem';
import { AgendaIndex } from './agenda-index';
import { readEntries } from './entries';
import { LISTS, type ListKey, isList } from './lists';
import type { Progress } from './progress';

export interface DocumentIndex {
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

export async function firstPass(file: string, progress: Progress): Promise<DocumentIndex> {
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
    else
      index.duplicates.push(problem([key, i, 'id'], 'duplicate_id', `duplicate id ${quote(id)}; first at ${formatPath([key, earlier])}`));
    return earlier === undefined;
  };
  progress.start('pass 1/2: reading ids');
  for await (const chunk of readEntries(file, progress)) {
    for (const { key, index: i, value } of chunk) {
      if (i === -2) {
        // JSON.parse would keep the last of two lists with one name; here that is an error.
        if (Object.hasOwn(index.skeleton, key))
          index.duplicates.push(problem([key], 'duplicate_entry', `${quote(key)} appears twice in the document`));
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
        problem(
          [...item.path, 'id'],
          'duplicate_id',
          `duplicate agenda item id ${quote(id)} (item ids must be unique across all meetings); first at ${first}`,
        ),
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
