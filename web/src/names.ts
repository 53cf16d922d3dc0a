import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { useI18n } from './i18n';

/** Names of persons and organisations by id, fetched in small batches and kept for the session. */
type Kind = 'person' | 'organization';

const cache: Record<Kind, Map<string, string | null>> = { person: new Map(), organization: new Map() };
/** Organisations' Swedish names (`otherNames` with lang sv); null: asked, the registry has none. */
const swedish = new Map<string, string | null>();
const inFlight: Record<Kind, Set<string>> = { person: new Set(), organization: new Set() };
const listeners = new Set<() => void>();
const BATCH = 12; // the service allows 15 aliases per operation

export function rememberNames(kind: Kind, entries: Iterable<[string, string]>): void {
  for (const [id, name] of entries) cache[kind].set(id, name);
}

async function fetchBatch(kind: Kind, ids: string[]): Promise<void> {
  const vars = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const extra = kind === 'organization' ? ' otherNames { name lang }' : '';
  const fields = ids.map((_, i) => `n${i}: ${kind}(id: $i${i}) { id name${extra} }`).join(' ');
  const variables = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  try {
    const data = await gql<Record<string, { id: string; name: string; otherNames?: { name: string; lang: string | null }[] } | null>>(
      `query Names(${vars}) { ${fields} }`,
      variables,
    );
    ids.forEach((id, i) => {
      const found = data[`n${i}`];
      cache[kind].set(id, found?.name ?? null);
      if (kind === 'organization') swedish.set(id, found?.otherNames?.find((n) => n.lang === 'sv')?.name ?? null);
    });
  } catch {
    // One unknown id fails the whole batch: ask one by one.
    await Promise.all(
      ids.map(async (id) => {
        try {
          const data = await gql<{ n: { name: string } }>(`query Name($id: ID!) { n: ${kind}(id: $id) { name } }`, { id });
          cache[kind].set(id, data.n.name);
        } catch {
          cache[kind].set(id, null);
        }
      }),
    );
  }
}

function request(kind: Kind, ids: string[], wantSwedish: boolean): void {
  const unknown = (id: string) => !cache[kind].has(id) || (kind === 'organization' && wantSwedish && !swedish.has(id));
  const missing = [...new Set(ids)].filter((id) => id && unknown(id) && !inFlight[kind].has(id));
  if (missing.length === 0) return;
  missing.forEach((id) => inFlight[kind].add(id));
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
  void Promise.all(batches.map((b) => fetchBatch(kind, b))).finally(() => {
    missing.forEach((id) => inFlight[kind].delete(id));
    listeners.forEach((l) => l());
  });
}

/** An organisation's name in the reader's language: Swedish where the registry has one. */
export function localName(id: string, lang: string): { name: string; lang: 'fi' | 'sv' } | null {
  const sv = lang === 'sv' ? swedish.get(id) : null;
  if (sv) return { name: sv, lang: 'sv' };
  const fi = cache.organization.get(id);
  return fi ? { name: fi, lang: 'fi' } : null;
}

/**
 * Returns a lookup that answers the name, or the id until (or unless) the name is known;
 * organisations by their Swedish name for Swedish readers where the registry has one.
 */
export function useNames(kind: Kind, ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const { lang } = useI18n();
  const [, setTick] = useState(0);
  const key = ids.filter(Boolean).join('|');
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    request(
      kind,
      ids.filter((x): x is string => !!x),
      lang === 'sv',
    );
  }, [kind, key, lang]);
  return (id) => (id ? ((kind === 'organization' ? localName(id, lang)?.name : null) ?? cache[kind].get(id) ?? id) : '');
}
