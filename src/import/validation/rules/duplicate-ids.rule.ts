import { quote } from '../describe-value';
import { type JsonPath, formatPath } from '../json-path';
import { type Row, field, num } from '../loose';
import { type PathProblem, problem } from '../problem';
import type { ValidationContext } from '../validation-context';
import type { DatasetRule } from './dataset-rule';

/**
 * Ids are unique within each list (they are the external ids import keys on). Agenda item ids
 * are unique across the whole document, because `prepared_in` names an item by id alone. Item
 * `order` is unique within a meeting, so reports list items in one stable order.
 */
export const duplicateIdsRule: DatasetRule = {
  name: 'unique ids and agenda order',
  *check(ctx: ValidationContext): Generator<PathProblem> {
    for (const list of [ctx.organizations, ctx.persons, ctx.memberships, ctx.relationships, ctx.interests, ctx.events]) {
      yield* duplicates(list, (id) => `duplicate id ${id}`);
    }
    yield* duplicates(
      ctx.agendaItems.map((entry) => entry.item),
      (id) => `duplicate agenda item id ${id} (item ids must be unique across all meetings)`,
    );
    const itemsByEvent = new Map<Row, Row[]>();
    for (const { event, item } of ctx.agendaItems) itemsByEvent.set(event, [...(itemsByEvent.get(event) ?? []), item]);
    for (const items of itemsByEvent.values()) yield* duplicateOrders(items);
    for (const membership of ctx.memberships) yield* inIntegerRange(membership, 'deputy_order');
  },
};

/** The database stores orders as 32-bit integers; a larger one would fail the whole import. */
const MAX_INT = 2 ** 31 - 1;

function* inIntegerRange(row: Row, key: string): Generator<PathProblem> {
  const value = num(row.value, key);
  if (value !== undefined && value > MAX_INT) yield problem([...row.path, key], 'out_of_range', `${key} must be at most ${MAX_INT}`);
}

function* duplicates(rows: readonly Row[], what: (quotedId: string) => string): Generator<PathProblem> {
  const first = new Map<string, JsonPath>();
  for (const row of rows) {
    const id = field(row, 'id');
    if (id === undefined) continue;
    const earlier = first.get(id.value);
    if (earlier === undefined) first.set(id.value, row.path);
    else yield problem(id.path, 'duplicate_id', `${what(quote(id.value))}; first at ${formatPath(earlier)}`);
  }
}

function* duplicateOrders(items: readonly Row[]): Generator<PathProblem> {
  const first = new Map<number, JsonPath>();
  for (const item of items) {
    yield* inIntegerRange(item, 'order');
    const order = num(item.value, 'order');
    if (order === undefined) continue;
    const earlier = first.get(order);
    if (earlier === undefined) first.set(order, item.path);
    else
      yield problem([...item.path, 'order'], 'duplicate_order', `order ${order} is already used by ${formatPath(earlier)} in this meeting`);
  }
}
