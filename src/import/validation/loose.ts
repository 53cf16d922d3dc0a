/**
 * Reading a document that may not match the schema. The semantic rules run even when the schema
 * failed (so every problem is listed at once), so they read through these accessors and skip
 * values of the wrong type: the schema has already reported those.
 */
import type { JsonPath } from './json-path';

export type Obj = Readonly<Record<string, unknown>>;

/** An object of the document, with where it is. */
export interface Row {
  readonly value: Obj;
  readonly path: JsonPath;
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own member of `obj`, never something inherited (`constructor`, `__proto__`). */
export function member(obj: Obj, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function str(obj: Obj, key: string): string | undefined {
  const value = member(obj, key);
  return typeof value === 'string' ? value : undefined;
}

export function num(obj: Obj, key: string): number | undefined {
  const value = member(obj, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function has(obj: Obj, key: string): boolean {
  return Object.hasOwn(obj, key) && obj[key] !== undefined;
}

/** The object elements of the list `obj[key]`, each with its path. */
export function rows(obj: Obj, key: string, at: JsonPath): Row[] {
  const list = member(obj, key);
  if (!Array.isArray(list)) return [];
  const out: Row[] = [];
  list.forEach((value: unknown, index) => {
    if (isObj(value)) out.push({ value, path: [...at, key, index] });
  });
  return out;
}

/** A string element of a list, with where it is. */
export interface StringEntry {
  readonly value: string;
  readonly path: JsonPath;
}

/** The string elements of the list `obj[key]`, each with its path. */
export function strings(obj: Obj, key: string, at: JsonPath): StringEntry[] {
  const list = member(obj, key);
  if (!Array.isArray(list)) return [];
  const out: StringEntry[] = [];
  list.forEach((value: unknown, index) => {
    if (typeof value === 'string') out.push({ value, path: [...at, key, index] });
  });
  return out;
}

/** A string member with its path, or undefined when absent or not a string. */
export function field(row: Row, key: string): StringEntry | undefined {
  const value = str(row.value, key);
  return value === undefined ? undefined : { value, path: [...row.path, key] };
}
