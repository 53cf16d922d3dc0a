import type { SqlRunner } from './sql';

/** Runs one SQL statement with positional parameters inside the caller's transaction. */
export type Sql = SqlRunner;

export interface Column<R> {
  name: string;
  /** PostgreSQL array type used to pass the column through `unnest`, e.g. `text[]`. */
  type: string;
  value: (row: R) => unknown;
}

const BATCH = 2000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * A PostgreSQL array literal (`{"a",NULL}`). Passed as one string parameter, because the query
 * builder under MikroORM would spread a JavaScript array into a list of parameters.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${items.join(',')}}`;
}

function arrays<R>(columns: Column<R>[], rows: R[]): unknown[] {
  return columns.map((c) =>
    arrayLiteral(c.type === 'text[][]' ? rows.map((r) => JSON.stringify(c.value(r))) : rows.map((r) => c.value(r))),
  );
}

function selectList<R>(columns: Column<R>[]): string {
  return columns.map((c, i) => (c.type === 'text[][]' ? `array(select jsonb_array_elements_text(u.c${i}::jsonb))` : `u.c${i}`)).join(', ');
}

function unnestList<R>(columns: Column<R>[]): string {
  const params = columns.map((c) => `?::${c.type === 'text[][]' ? 'text[]' : c.type}`).join(', ');
  const names = columns.map((_, i) => `c${i}`).join(', ');
  return `unnest(${params}) as u(${names})`;
}

/**
 * The upsert of one batch: insert by primary key `id`, or update the row when its
 * `content_hash` changed (an unchanged row is left untouched, so counts are exact and history
 * is not written). Each column is one array parameter (`unnest`), so a batch is one statement.
 */
export function upsertStatement<R>(table: string, columns: Column<R>[], options: { versioned?: boolean } = {}): string {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const updates = columns
    .filter((c) => c.name !== 'id')
    .map((c) => `"${c.name}" = excluded."${c.name}"`)
    .concat(options.versioned ? [`"version" = "${table}"."version" + 1`] : [])
    .join(', ');
  return `insert into "${table}" (${names}) select ${selectList(columns)} from ${unnestList(columns)}
       on conflict (id) do update set ${updates}
       where "${table}".content_hash is distinct from excluded.content_hash
       returning id, (xmax = 0) as inserted`;
}

/**
 * Inserts or updates rows by primary key (`upsertStatement`), a batch per statement. Returns
 * the ids written, split into created and updated.
 */
export async function upsertById<R>(
  sql: Sql,
  table: string,
  columns: Column<R>[],
  rows: readonly R[],
  options: { versioned?: boolean } = {},
) {
  const created: string[] = [];
  const updated: string[] = [];
  const statement = upsertStatement(table, columns, options);
  for (const batch of chunks(rows)) {
    const result = await sql(statement, arrays(columns, batch));
    for (const r of result) (r.inserted ? created : updated).push(String(r.id));
  }
  return { created, updated };
}

/** The plain insert of one batch of child rows. */
export function insertStatement<R>(table: string, columns: Column<R>[]): string {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  return `insert into "${table}" (${names}) select ${selectList(columns)} from ${unnestList(columns)}`;
}

/** Plain batched insert of child rows. */
export async function insertRows<R>(sql: Sql, table: string, columns: Column<R>[], rows: readonly R[]) {
  const statement = insertStatement(table, columns);
  for (const batch of chunks(rows)) await sql(statement, arrays(columns, batch));
}

/** The delete of the child rows of a batch of parents. */
export const deleteStatement = (table: string, parentColumn: string): string =>
  `delete from "${table}" where "${parentColumn}" = any(?::text[])`;

/** Deletes the child rows of the given parents, before they are written anew. */
export async function deleteChildren(sql: Sql, table: string, parentColumn: string, parentIds: readonly string[]) {
  const statement = deleteStatement(table, parentColumn);
  for (const batch of chunks(parentIds)) await sql(statement, [arrayLiteral(batch)]);
}
