/** Small helpers for rows read with raw SQL (the loaders and read services). */
export type Row = Record<string, unknown>;

/** A nullable column as a string or null. */
export const nullableString = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A json column: the driver parses json, but a value cast to text arrives as a string. */
export const jsonValue = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Rows grouped by one column's value, keeping their order. */
export function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
