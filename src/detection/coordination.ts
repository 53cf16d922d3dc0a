/**
 * Coordinated compounds in registry names: `sosiaali- ja terveyspalvelujen`, `Arbets-, närings-
 * och trafikbyrån`. The first parts stand for whole compounds that share the last part, so a
 * text may write the name as registered, with another connector (`sekä`, `tai`, `samt`), or
 * spelled out (`sosiaalipalvelujen ja terveyspalvelujen`); and a name registered spelled out may
 * appear with the suspended hyphen. Each of these spellings becomes a key sequence of its own.
 */
import { isVowel } from './inflection';
import { CONNECTORS, CONNECTOR_KEY } from './normalize';

/** Connectors after the first word stand for one key, so any connector matches any other. */
export function withConnectorKey(keys: readonly string[]): string[] {
  return keys.map((k, j) => (j > 0 && CONNECTORS.has(k) ? CONNECTOR_KEY : k));
}

/**
 * Where the shared last part of a compound may begin (`terveys|palvelujen`, `sjuk|vårdsdistriktet`):
 * at a consonant followed by a vowel, leaving at least three letters before and five after
 * (`hallinto|keskus`). Which one is right is not known, so all are tried; a wrong one gives a
 * word no text contains.
 */
function splitPoints(head: string): number[] {
  const out: number[] = [];
  for (let p = 3; p <= head.length - 5; p++) if (!isVowel(head[p]) && isVowel(head[p + 1])) out.push(p);
  return out;
}

/** Key sequences beyond `keys` (connectors already replaced) for the coordinated compounds in it. */
export function coordinationVariants(keys: readonly string[], suspended: readonly boolean[]): string[][] {
  const out: string[][] = [];
  for (let j = 0; j < keys.length; j++) {
    if (!suspended[j] || (j > 0 && suspended[j - 1])) continue;
    // The group: suspended parts and connectors, then the word carrying the shared part.
    let m = j;
    while (m < keys.length && (suspended[m] || keys[m] === CONNECTOR_KEY)) m++;
    if (m >= keys.length || m === j + 1) continue;
    const head = keys[m];
    for (const p of splitPoints(head)) {
      const shared = head.slice(p);
      const spelled = keys.slice();
      for (let k = j; k < m; k++) if (suspended[k]) spelled[k] = keys[k] + shared;
      out.push(spelled);
    }
  }
  // Spelled out in the registry, suspended in the text: `sosiaalipalvelujen ja terveyspalvelujen`.
  for (let c = 1; c + 1 < keys.length; c++) {
    if (keys[c] !== CONNECTOR_KEY || suspended[c - 1]) continue;
    const a = keys[c - 1];
    const b = keys[c + 1];
    let l = 0;
    while (l < a.length && l < b.length && a[a.length - 1 - l] === b[b.length - 1 - l]) l++;
    // A linking `s` may belong to the first part (`arbets|byrån och närings|byrån`).
    for (const cut of b[b.length - l] === 's' ? [l, l - 1] : [l]) {
      if (cut < 4 || a.length - cut < 2) continue;
      const short = keys.slice();
      short[c - 1] = a.slice(0, a.length - cut);
      out.push(short);
    }
  }
  return out;
}
