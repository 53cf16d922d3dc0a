/** Runs one SQL statement with positional parameters inside the import's transaction. */
export type Sql = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

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
  const items = values.map((v) =>
    v === null || v === undefined ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}

function arrays<R>(columns: Column<R>[], rows: R[]): unknown[] {
  return columns.map((c) =>
    arrayLiteral(c.type === 'text[][]' ? rows.map((r) => JSON.stringify(c.value(r))) : rows.map((r) => c.value(r))),
  );
}

function selectList<R>(columns: Column<R>[]): string {
  return columns
    .map((c, i) => (c.type === 'text[][]' ? `array(select jsonb_array_elements_text(u.c${i}::jsonb))` : `u.c${i}`))
    .join(', ');
}

function unnestList<R>(columns: Column<R>[]): string {
  const params = columns.map((c) => `?::${c.type === 'text[][]' ? 'text[]' : c.type}`).join(', ');
  const names = columns.map((_, i) => `c${i}`).join(', ');
  return `unnest(${params}) as u(${names})`;
}

/**
 * Inserts or updates rows by primary key `id`, leaving rows whose `content_hash` is unchanged
 * untouched. Passes each column as one array parameter (`unnest`), so a batch is one statement.
 * Returns the ids written, split into created and updated.
 */
export async function upsertById<R>(sql: Sql, table: string, columns: Column<R>[], rows: readonly R[], options: { versioned?: boolean } = {}) {
  const created: string[] = [];
  const updated: string[] = [];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const updates = columns
    .filter((c) => c.name !== 'id')
    .map((c) => `"${c.name}" = excluded."${c.name}"`)
    .concat(options.versioned ? [`"version" = "${table}"."version" + 1`] : [])
    .join(', ');
  for (const batch of chunks(rows)) {
    const result = await sql(
      `insert into "${table}" (${names}) select ${selectList(columns)} from ${unnestList(columns)}
       on conflict (id) do update set ${updates}
       where "${table}".content_hash is distinct from excluded.content_hash
       returning id, (xmax = 0) as inserted`,
      arrays(columns, batch),
    );
    for (const r of result) (r.inserted ? created : updated).push(String(r.id));
  }
  return { created, updated };
}

/** Plain batched insert of child rows. */
export async function insertRows<R>(sql: Sql, table: string, columns: Column<R>[], rows: readonly R[]) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  for (const batch of chunks(rows)) {
    await sql(`insert into "${table}" (${names}) select ${selectList(columns)} from ${unnestList(columns)}`, arrays(columns, batch));
  }
}

/** Deletes the child rows of the given parents, before they are written anew. */
export async function deleteChildren(sql: Sql, table: string, parentColumn: string, parentIds: readonly string[]) {
  for (const batch of chunks(parentIds)) {
    await sql(`delete from "${table}" where "${parentColumn}" = any(?::text[])`, [arrayLiteral(batch)]);
  }
}
