import type { AgendaRow } from '../validation/validation-context';
import type { AgendaIndex } from './agenda-index';

/** The batch's own agenda rows first (so "the same meeting" is recognised), then the file's. */
export class LayeredAgenda implements ReadonlyMap<string, AgendaRow> {
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
