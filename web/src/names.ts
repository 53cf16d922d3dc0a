import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';

/** Names of persons and organisations by id, fetched in small batches and kept for the session. */
type Kind = 'person' | 'organization';

const cache: Record<Kind, Map<string, string | null>> = { person: new Map(), organization: new Map() };
const inFlight: Record<Kind, Set<string>> = { person: new Set(), organization: new Set() };
const listeners = new Set<() => void>();
const BATCH = 12; // the service allows 15 aliases per operation

export function rememberNames(kind: Kind, entries: Iterable<[string, string]>): void {
  for (const [id, name] of entries) cache[kind].set(id, name);
}

async function fetchBatch(kind: Kind, ids: string[]): Promise<void> {
  const vars = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `n${i}: ${kind}(id: $i${i}) { id name }`).join(' ');
  const variables = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  try {
    const data = await gql<Record<string, { id: string; name: string } | null>>(`query Names(${vars}) { ${fields} }`, variables);
    ids.forEach((id, i) => cache[kind].set(id, data[`n${i}`]?.name ?? null));
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

function request(kind: Kind, ids: string[]): void {
  const missing = [...new Set(ids)].filter((id) => id && !cache[kind].has(id) && !inFlight[kind].has(id));
  if (missing.length === 0) return;
  missing.forEach((id) => inFlight[kind].add(id));
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
  void Promise.all(batches.map((b) => fetchBatch(kind, b))).finally(() => {
    missing.forEach((id) => inFlight[kind].delete(id));
    listeners.forEach((l) => l());
  });
}

/** Returns a lookup that answers the name, or the id until (or unless) the name is known. */
export function useNames(kind: Kind, ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const [, setTick] = useState(0);
  const key = ids.filter(Boolean).join('|');
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    request(kind, ids.filter((x): x is string => !!x));
  }, [kind, key]);
  return (id) => (id ? (cache[kind].get(id) ?? id) : '');
}
