import type { Column as BatchColumn } from './sql-batch';
import type { Row } from './rows';
import { contentHash } from './content-hash';

/**
 * A table's columns, declared once in its repository: the SQL name, the PostgreSQL type, whether
 * it may be null, and the field of `jaavi-dataset/1` it carries. Everything else is derived from
 * this one list: the row type (`RowOf`), the dataset record type (`RecordOf`), the select list
 * the reads use, the decoding of raw rows, the writer's `unnest` columns, the exporter's records
 * and the content hash. A test checks each list against the MikroORM entity of the same table
 * (`test/unit/database/tables.spec.ts` compares with the ORM's metadata), so the entity and the
 * repository cannot drift apart.
 */
export type SqlKind = 'id' | 'text' | 'date' | 'int' | 'float' | 'bool';

type KindValue<K extends SqlKind> = K extends 'int' | 'float' ? number : K extends 'bool' ? boolean : string;

export interface ColumnDef<T = unknown, N extends boolean = boolean, D extends string = string> {
  /** The column's name in SQL. */
  readonly column: string;
  readonly kind: SqlKind;
  readonly nullable: N;
  /** The field of the dataset record it carries (`null` when the column is not in the format). */
  readonly dataset: D;
  /** Phantom: the value's TypeScript type. */
  readonly _value?: T;
}

export type Columns = Record<string, ColumnDef>;

/** A column definition that can still be narrowed: `.optional()`, `.of<Union>()`. */
export interface ColumnBuilder<T, N extends boolean, D extends string> extends ColumnDef<T, N, D> {
  /** The same column, nullable (optional in the dataset). */
  optional(): ColumnBuilder<T, true, D>;
  /** The same column with a narrower value type (a vocabulary's union). */
  of<U extends T>(): ColumnBuilder<U, N, D>;
}

function builder<T, N extends boolean, D extends string>(column: string, kind: SqlKind, nullable: N, dataset: D): ColumnBuilder<T, N, D> {
  return {
    column,
    kind,
    nullable,
    dataset,
    optional: () => builder<T, true, D>(column, kind, true, dataset),
    of: <U extends T>() => builder<U, N, D>(column, kind, nullable, dataset),
  };
}

interface Define<V> {
  <const C extends string>(column: C): ColumnBuilder<V, false, C>;
  <const C extends string, const D extends string>(column: C, dataset: D): ColumnBuilder<V, false, D>;
}

const define = <K extends SqlKind>(kind: K): Define<KindValue<K>> =>
  ((column: string, dataset?: string) => builder(column, kind, false, dataset ?? column)) as Define<KindValue<K>>;

/** Column constructors: `col.id('person_id')`, `col.text('group_name', 'group').optional()`. */
export const col = {
  /** A text key (`varchar(200)`): ids and references. */
  id: define('id'),
  text: define('text'),
  /** A calendar date, read as `YYYY-MM-DD` text. */
  date: define('date'),
  int: define('int'),
  float: define('float'),
  bool: define('bool'),
};

type ValueOf<C> = C extends ColumnDef<infer T, infer N> ? (N extends true ? T | null : T) : never;

/** The typed row: one property per column, null where the column is nullable. */
export type RowOf<S extends Columns> = { -readonly [K in keyof S]: ValueOf<S[K]> };

type RequiredKeys<S extends Columns> = { [K in keyof S]: S[K] extends ColumnDef<unknown, false> ? K : never }[keyof S];
type OptionalKeys<S extends Columns> = Exclude<keyof S, RequiredKeys<S>>;
type DatasetName<C> = C extends ColumnDef<unknown, boolean, infer D> ? D : never;
type Value<C> = C extends ColumnDef<infer T> ? T : never;

/** The dataset record: the columns' dataset fields, optional where the column is nullable. */
export type RecordOf<S extends Columns> = {
  readonly [K in RequiredKeys<S> as DatasetName<S[K]>]: Value<S[K]>;
} & {
  readonly [K in OptionalKeys<S> as DatasetName<S[K]>]?: Value<S[K]>;
};

const ARRAY_TYPE: Record<SqlKind, string> = {
  id: 'text[]',
  text: 'text[]',
  date: 'date[]',
  int: 'int[]',
  float: 'float8[]',
  bool: 'boolean[]',
};

export interface Hashed<R> {
  readonly row: R;
  readonly content_hash: string;
}

/** A table: its name and columns, with what is derived from them. */
export class Table<S extends Columns> {
  private readonly entries: [keyof S & string, ColumnDef][];

  constructor(
    readonly name: string,
    readonly columns: S,
  ) {
    this.entries = Object.entries(columns);
  }

  /** `alias.column` for each column (dates as text), in declaration order, optionally only some. */
  select(alias: string, only?: readonly (keyof S)[]): string {
    return this.pick(only)
      .map(([, c]) => (c.kind === 'date' ? `${alias}.${c.column}::text as ${c.column}` : `${alias}.${c.column}`))
      .join(', ');
  }

  /** The column names, optionally prefixed, no casts (inside a union, where dates compare as dates). */
  names(only?: readonly (keyof S)[], alias?: string): string {
    return this.pick(only)
      .map(([, c]) => (alias ? `${alias}.${c.column}` : c.column))
      .join(', ');
  }

  /** A raw row (as `select` returns it) as the typed row. */
  decode(raw: Row): RowOf<S>;
  decode<K extends keyof S>(raw: Row, only: readonly K[]): Pick<RowOf<S>, K>;
  decode(raw: Row, only?: readonly (keyof S)[]): RowOf<S> {
    const out: Record<string, unknown> = {};
    for (const [key, c] of this.pick(only)) out[key] = decodeValue(c, raw[c.column]);
    return out as RowOf<S>;
  }

  /** A dataset record as the typed row (absent optional fields as null). */
  fromRecord(record: RecordOf<S>): RowOf<S> {
    const source = record as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, c] of this.entries) out[key] = source[c.dataset] ?? null;
    return out as RowOf<S>;
  }

  /** The typed row as a dataset record: null fields left out, as in a hand-written file. */
  toRecord(row: RowOf<S>): RecordOf<S> {
    const source = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, c] of this.entries) if (source[key] !== null && source[key] !== undefined) out[c.dataset] = source[key];
    return out as RecordOf<S>;
  }

  /**
   * The row as the content hash covers it: by column name, in declaration order, null columns
   * left out, so adding an optional column leaves every stored hash valid.
   */
  hashed(row: RowOf<S>): Record<string, unknown> {
    const source = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, c] of this.entries) if (source[key] !== null && source[key] !== undefined) out[c.column] = source[key];
    return out;
  }

  /** The writer's `unnest` columns for rows `R`, reading each column through `get`. */
  batchColumns<R>(get: (r: R) => RowOf<S>): BatchColumn<R>[] {
    return this.entries.map(([key, c]) => ({
      name: c.column,
      type: ARRAY_TYPE[c.kind],
      value: (r: R) => (get(r) as Record<string, unknown>)[key],
    }));
  }

  /** The row with its content hash, as the writer stores it. */
  withHash(row: RowOf<S>): Hashed<RowOf<S>> {
    return { row, content_hash: contentHash(this.hashed(row)) };
  }

  /** The writer's columns for hashed rows: every column, then `content_hash`. */
  hashedColumns(): BatchColumn<Hashed<RowOf<S>>>[] {
    return [...this.batchColumns((h: Hashed<RowOf<S>>) => h.row), { name: 'content_hash', type: 'text[]', value: (h) => h.content_hash }];
  }

  /** Each column's definition, keyed by property (for the entity comparison test). */
  definitions(): readonly (readonly [string, ColumnDef])[] {
    return this.entries;
  }

  private pick(only?: readonly (keyof S)[]): [keyof S & string, ColumnDef][] {
    if (!only) return this.entries;
    return only.map((k) => [k as keyof S & string, this.columns[k]]);
  }
}

function decodeValue(c: ColumnDef, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case 'int':
    case 'float':
      return Number(v);
    case 'bool':
      return v === true || v === 'true' || v === 't';
    case 'id':
    case 'text':
    case 'date':
      return String(v);
  }
}

export const table = <S extends Columns>(name: string, columns: S): Table<S> => new Table(name, columns);
