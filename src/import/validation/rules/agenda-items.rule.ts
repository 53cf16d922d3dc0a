import { isDateTimeWithOffset } from '../calendar';
import { quote } from '../describe-value';
import { formatPath } from '../json-path';
import { type Row, field, rows, str, strings } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { AgendaRow, ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';
import { duplicateEntries, unknownPerson } from './lookups';

/**
 * Agenda items: related entities resolve by their `entity_type`; preparers, presenter and
 * concerns are persons; `prepared_in` names an item of an earlier meeting (KHO:2018:24 upstream
 * defects are traced through it), and its links never return to an item already on the chain
 * (legal-grounds §8: a cycle is a validation error).
 */
export const agendaItemsRule: DatasetRule = {
  name: 'agenda items',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const entry of ctx.agendaItems) {
      const { item } = entry;
      for (const related of rows(item.value, 'related_entities', item.path)) yield* relatedEntity(ctx, related);
      const preparers = strings(item.value, 'prepared_by', item.path);
      for (const person of preparers) yield* unknownPerson(ctx, person);
      yield* duplicateEntries(preparers);
      yield* unknownPerson(ctx, field(item, 'presented_by'));
      for (const concern of rows(item.value, 'concerns', item.path)) yield* unknownPerson(ctx, field(concern, 'person_id'));
      yield* preparedIn(ctx, entry);
    }
    yield* preparedInCycles(ctx);
  },
};

/**
 * Each loop of `prepared_in` links once, at its item that comes first in the document. Dates
 * alone would catch most (`prepared_later`), but not a loop whose meetings lack valid dates, and
 * the audit walks these links: the user is told the loop itself.
 */
function* preparedInCycles(ctx: ValidationContext): Generator<PathProblem> {
  const order = new Map(ctx.agendaItems.map((entry, i) => [entry, i]));
  const state = new Map<string, 'walking' | 'done'>();
  for (const entry of ctx.agendaItems) {
    const start = str(entry.item.value, 'id');
    if (start === undefined || state.has(start)) continue;
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      trail.push(current);
      const row = ctx.agendaItemsById.get(current);
      current = row === undefined ? undefined : str(row.item.value, 'prepared_in');
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = trail.slice(trail.indexOf(current));
      const first = loop
        .map((id) => ctx.agendaItemsById.get(id))
        .filter((row): row is AgendaRow => row !== undefined)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      const from = loop.indexOf(str(first.item.value, 'id') ?? '');
      const chain = [...loop.slice(from), ...loop.slice(0, from), loop[from]].map(quote).join(' → ');
      yield problem([...first.item.path, 'prepared_in'], 'prepared_in_cycle', `cycle of prepared_in links: ${chain}`);
    }
    for (const id of trail) state.set(id, 'done');
  }
}

function* relatedEntity(ctx: ValidationContext, related: Row): Generator<PathProblem> {
  const type = str(related.value, 'entity_type');
  const id = field(related, 'entity_id');
  if (id !== undefined && type === 'organization' && !ctx.organizationsById.has(id.value)) {
    yield problem(id.path, 'unknown_reference', `no organization ${quote(id.value)}`);
  } else if (id !== undefined && type === 'person' && !ctx.personsById.has(id.value)) {
    yield problem(id.path, 'unknown_reference', `no person ${quote(id.value)}`);
  }
  const onBehalfOf = field(related, 'on_behalf_of');
  if (onBehalfOf === undefined) return;
  const role = str(related.value, 'role');
  if (role !== undefined && role !== 'representative') {
    yield problem(onBehalfOf.path, 'field_not_allowed', `only a representative acts on behalf of someone (role is ${quote(role)})`);
  }
  if (!ctx.organizationsById.has(onBehalfOf.value) && !ctx.personsById.has(onBehalfOf.value)) {
    yield problem(onBehalfOf.path, 'unknown_reference', `no organization or person ${quote(onBehalfOf.value)}`);
  }
}

function* preparedIn(ctx: ValidationContext, entry: AgendaRow): Generator<PathProblem> {
  const upstreamId = field(entry.item, 'prepared_in');
  if (upstreamId === undefined) return;
  const upstream = ctx.agendaItemsById.get(upstreamId.value);
  if (upstream === undefined) {
    yield problem(upstreamId.path, 'unknown_reference', `no agenda item ${quote(upstreamId.value)}`);
    return;
  }
  if (upstream.event === entry.event) {
    const what = upstream.item === entry.item ? 'this item itself' : `${formatPath(upstream.item.path)} of this same meeting`;
    yield problem(upstreamId.path, 'self_reference', `${quote(upstreamId.value)} is ${what}; prepared_in names an item of another meeting`);
    return;
  }
  const start = str(entry.event.value, 'start_date');
  const upstreamStart = str(upstream.event.value, 'start_date');
  if (start === undefined || upstreamStart === undefined) return;
  if (!isDateTimeWithOffset(start) || !isDateTimeWithOffset(upstreamStart)) return;
  if (Date.parse(upstreamStart) >= Date.parse(start)) {
    yield problem(
      upstreamId.path,
      'prepared_later',
      `${quote(upstreamId.value)} is in meeting ${quote(str(upstream.event.value, 'id') ?? '')} at ${upstreamStart}, not before this meeting (${start})`,
    );
  }
}
