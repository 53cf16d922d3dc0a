/**
 * What every rule needs, computed once: the document's lists and id indexes. Indexes keep the
 * first element with an id, so a duplicate is reported once (as a duplicate) and references
 * still resolve.
 */
import type { JsonPath } from './json-path';
import { type Obj, type Row, isObj, rows, str } from './loose';

export interface AgendaRow {
  readonly event: Row;
  readonly item: Row;
}

export interface ValidationContext {
  readonly doc: Obj;
  readonly organizations: readonly Row[];
  readonly persons: readonly Row[];
  readonly memberships: readonly Row[];
  readonly relationships: readonly Row[];
  readonly interests: readonly Row[];
  readonly events: readonly Row[];
  /** Every agenda item of every event, in document order. */
  readonly agendaItems: readonly AgendaRow[];
  readonly organizationsById: ReadonlyMap<string, Row>;
  readonly personsById: ReadonlyMap<string, Row>;
  readonly membershipsById: ReadonlyMap<string, Row>;
  readonly agendaItemsById: ReadonlyMap<string, AgendaRow>;
}

/** The context for a document; `undefined` when it is not even an object. */
export function buildContext(doc: unknown): ValidationContext | undefined {
  if (!isObj(doc)) return undefined;
  const root: JsonPath = [];
  const events = rows(doc, 'events', root);
  const agendaItems = events.flatMap((event) => rows(event.value, 'agenda', event.path).map((item) => ({ event, item })));
  const organizations = rows(doc, 'organizations', root);
  const persons = rows(doc, 'persons', root);
  const memberships = rows(doc, 'memberships', root);
  return {
    doc,
    organizations,
    persons,
    memberships,
    relationships: rows(doc, 'relationships', root),
    interests: rows(doc, 'interests', root),
    events,
    agendaItems,
    organizationsById: indexById(organizations, (row) => row),
    personsById: indexById(persons, (row) => row),
    membershipsById: indexById(memberships, (row) => row),
    agendaItemsById: indexById(agendaItems, (entry) => entry.item),
  };
}

function indexById<T>(entries: readonly T[], rowOf: (entry: T) => Row): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    const id = str(rowOf(entry).value, 'id');
    if (id !== undefined && !index.has(id)) index.set(id, entry);
  }
  return index;
}
