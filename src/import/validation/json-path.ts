/**
 * JSON paths in the style of the interchange spec: `memberships[3].deputy_for`. Paths are kept
 * as segment arrays while validating and rendered once at the end.
 */

import { maskHetus } from './hetu';

export type PathSegment = string | number;
export type JsonPath = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * `['memberships', 3, 'deputy_for']` → `memberships[3].deputy_for`; the root is `""`. Unusual
 * keys are bracketed, with any personal identity code in them masked (paths reach logs too).
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(maskHetus(segment))}]`;
  }
  return out;
}

/** ajv's JSON Pointer (`/memberships/3/role`) → segments; array indices become numbers. */
export function pathFromPointer(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = childOf(node, key);
    }
  }
  return segments;
}

/**
 * Sorts items by where their paths point in `doc`: array elements by index, object members by
 * their position in the object, a parent before its children; members the document does not
 * have (a missing required field) after the ones it has, alphabetically. Stable, so items with
 * the same path keep their relative order.
 */
export function sortByDocumentOrder<T>(doc: unknown, items: readonly T[], pathOf: (item: T) => JsonPath): T[] {
  const positions = new WeakMap<object, Map<string, number>>();
  const keyed = items.map((item, index) => {
    const path = pathOf(item);
    return { item, index, path, ranks: ranksOf(doc, path, positions) };
  });
  keyed.sort((a, b) => compareKeyed(a, b) || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

interface Keyed {
  readonly path: JsonPath;
  readonly ranks: readonly number[];
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const shared = Math.min(a.ranks.length, b.ranks.length);
  for (let i = 0; i < shared; i++) {
    const byRank = a.ranks[i] - b.ranks[i];
    if (byRank !== 0) return byRank;
    if (a.path[i] !== b.path[i]) return String(a.path[i]) < String(b.path[i]) ? -1 : 1;
  }
  return a.ranks.length - b.ranks.length;
}

const ABSENT = Number.MAX_SAFE_INTEGER;

function ranksOf(doc: unknown, path: JsonPath, positions: WeakMap<object, Map<string, number>>): number[] {
  const ranks: number[] = [];
  let node: unknown = doc;
  for (const segment of path) {
    if (typeof segment === 'number') ranks.push(segment);
    else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      let byKey = positions.get(node);
      if (byKey === undefined) {
        byKey = new Map(Object.keys(node).map((key, index) => [key, index]));
        positions.set(node, byKey);
      }
      ranks.push(byKey.get(segment) ?? ABSENT);
    } else ranks.push(ABSENT);
    node = childOf(node, segment);
  }
  return ranks;
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) return typeof segment === 'number' ? node[segment] : undefined;
  const key = String(segment);
  return Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
}
