/** Deterministic ordering helpers: reports must not depend on the order facts were listed in. */

/** Code-point comparison: stable across locales and runtimes, used for ids. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('fi', { sensitivity: 'variant' });

/** Finnish alphabetical order for names, falling back to code points so ties cannot vary. */
export function cmpName(a: string, b: string): number {
  return collator.compare(a, b) || cmp(a, b);
}

export function sortBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  return [...list].sort((a, b) => cmp(key(a), key(b)));
}
