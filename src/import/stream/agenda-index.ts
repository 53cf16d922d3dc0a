import type { JsonPath } from '../validation/json-path';
import type { AgendaRow } from '../validation/validation-context';

/** Agenda items by id (position only, rows made on demand): prepared_in is checked against these. */
export class AgendaIndex implements ReadonlyMap<string, AgendaRow> {
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
