import type { JsonPath } from './json-path';
import type { StringEntry } from './loose';

/**
 * Deeper than any path of the schema (events[].agenda[].record.recusals[].grounds[] is eight
 * levels): anything below lies inside an unknown property, which the schema already rejects.
 */
const MAX_DEPTH = 32;

/** Every string value under `value` (not keys), iteratively so hostile nesting cannot overflow. */
export function* stringsUnder(value: unknown, at: JsonPath): Generator<StringEntry> {
  const stack: { value: unknown; path: JsonPath }[] = [{ value, path: at }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    if (typeof next.value === 'string') {
      yield { value: next.value, path: next.path };
      continue;
    }
    if (typeof next.value !== 'object' || next.value === null || seen.has(next.value)) continue;
    if (next.path.length - at.length >= MAX_DEPTH) continue;
    seen.add(next.value);
    if (Array.isArray(next.value)) {
      next.value.forEach((child: unknown, index) => stack.push({ value: child, path: [...next.path, index] }));
    } else {
      for (const [key, child] of Object.entries(next.value)) stack.push({ value: child, path: [...next.path, key] });
    }
  }
}
