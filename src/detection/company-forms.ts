/**
 * Company forms (yhtiömuodot / bolagsformer). A registry name's form is split off, leaving the
 * core name; in text the form may stand before or after the core, in Finnish or Swedish, as an
 * abbreviation or written out, inflected (`Oy:n`, `Osakeyhtiölle`, `Ab:s`, `Aktiebolagets`).
 */
import { textStems } from './inflection';
import type { Token } from './normalize';

export type FormClass = 'oy' | 'oyj' | 'asoy' | 'koy' | 'ky' | 'ay' | 'ry' | 'tmi' | 'osk' | 'sr';

/** Finnish and Swedish spellings of each form, as keys (lower case, hyphens removed). */
const FORM_SEQUENCES: Record<FormClass, readonly (readonly string[])[]> = {
  oy: [['oy'], ['ab'], ['osakeyhtiö'], ['aktiebolag'], ['aktiebolaget'], ['ltd'], ['limited']],
  oyj: [['oyj'], ['abp'], ['julkinen', 'osakeyhtiö'], ['publikt', 'aktiebolag'], ['plc']],
  asoy: [
    ['asunto', 'oy'],
    ['as', 'oy'],
    ['asoy'],
    ['asuntoosakeyhtiö'],
    ['bostads', 'ab'],
    ['bostadsaktiebolag'],
    ['bostadsaktiebolaget'],
    ['bab'],
  ],
  koy: [
    ['kiinteistö', 'oy'],
    ['koy'],
    ['kiinteistöosakeyhtiö'],
    ['fastighets', 'ab'],
    ['fastighetsaktiebolag'],
    ['fastighetsaktiebolaget'],
    ['fab'],
  ],
  ky: [['ky'], ['kb'], ['kommandiittiyhtiö'], ['kommanditbolag'], ['kommanditbolaget']],
  ay: [['ay'], ['hb'], ['avoin', 'yhtiö'], ['handelsbolag'], ['handelsbolaget']],
  ry: [['ry'], ['rf'], ['r.y'], ['r.f'], ['rekisteröity', 'yhdistys'], ['registrerad', 'förening']],
  tmi: [['tmi'], ['toiminimi']],
  osk: [['osk'], ['osuuskunta'], ['andelslag'], ['andelslaget'], ['anl']],
  sr: [['sr'], ['rs']],
};

/** Forms of one family are interchangeable at a small cost (`Oy` for an `Oyj`, `Koy` for `Oy`). */
const FAMILY: Record<FormClass, string> = {
  oy: 'ltd',
  oyj: 'ltd',
  asoy: 'ltd',
  koy: 'ltd',
  ky: 'ky',
  ay: 'ay',
  ry: 'ry',
  tmi: 'tmi',
  osk: 'osk',
  sr: 'sr',
};

interface FormSeq {
  readonly cls: FormClass;
  readonly keys: readonly string[];
}

/** Longest first, so `Asunto Oy` wins over `Oy`. */
const ALL_SEQUENCES: readonly FormSeq[] = (Object.entries(FORM_SEQUENCES) as [FormClass, readonly (readonly string[])[]][])
  .flatMap(([cls, seqs]) => seqs.map((keys) => ({ cls, keys })))
  .sort((a, b) => b.keys.length - a.keys.length);

/** Every word that can be part of a form (for the generic-word list). */
export const FORM_WORDS: ReadonlySet<string> = new Set(ALL_SEQUENCES.flatMap((s) => s.keys));

const SINGLE = new Map<string, FormClass>(ALL_SEQUENCES.filter((s) => s.keys.length === 1).map((s) => [s.keys[0], s.cls]));

/** Sequences by their first word and by their last word, longest first. */
const BY_FIRST = new Map<string, FormSeq[]>();
const BY_LAST = new Map<string, FormSeq[]>();
for (const seq of ALL_SEQUENCES) {
  for (const [map, word] of [
    [BY_FIRST, seq.keys[0]],
    [BY_LAST, seq.keys[seq.keys.length - 1]],
  ] as const) {
    const list = map.get(word) ?? [];
    list.push(seq);
    map.set(word, list);
  }
}

export function formCompatibility(aliasForm: FormClass, textForm: FormClass): 'same' | 'family' | 'none' {
  if (aliasForm === textForm) return 'same';
  return FAMILY[aliasForm] === FAMILY[textForm] ? 'family' : 'none';
}

/** The form a single word names, if any (`oy`, `osakeyhtiö`, …). */
export function formOfKey(key: string): FormClass | undefined {
  return SINGLE.get(key);
}

/** A registry name's core words and its form, e.g. `Oy Rakennus Ab` → `[rakennus]`, `oy`. */
export function splitAliasForm(keys: readonly string[]): {
  core: string[];
  form: FormClass | null;
  leading: boolean;
  /** Index of the first core word in `keys`. */
  start: number;
  /** The form words split off (`oy`, `ab`). */
  formWords: string[];
} {
  let start = 0;
  let end = keys.length;
  let form: FormClass | null = null;
  let leading = false;
  const formWords: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const seq of BY_LAST.get(keys[end - 1]) ?? []) {
      const n = seq.keys.length;
      if (end - start > n && seq.keys.every((k, j) => keys[end - n + j] === k)) {
        end -= n;
        form ??= seq.cls;
        formWords.push(...seq.keys);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const seq of BY_FIRST.get(keys[start]) ?? []) {
      const n = seq.keys.length;
      if (end - start > n && seq.keys.every((k, j) => keys[start + j] === k)) {
        start += n;
        form ??= seq.cls;
        leading = true;
        formWords.push(...seq.keys);
        changed = true;
        break;
      }
    }
  }
  return { core: keys.slice(start, end), form, leading, start, formWords };
}

export interface TextForm {
  readonly cls: FormClass;
  /** The form's words in canonical spelling (`osakeyhtiö` for `Osakeyhtiölle`). */
  readonly words: readonly string[];
  /** First and last token index of the form in the text. */
  readonly first: number;
  readonly last: number;
  /** The form's last word was inflected by ending, not by colon (`Osakeyhtiölle`). */
  readonly inflected: boolean;
}

/** One-word forms long enough to be inflected by ending (`Osakeyhtiölle`, `Aktiebolagets`). */
const INFLECTABLE = new Map<string, FormSeq>(
  ALL_SEQUENCES.filter((s) => s.keys.length === 1 && s.keys[0].length >= 5).map((s) => [s.keys[0], s]),
);

/** The stems of token `i` once a case ending is stripped (cached by the caller). */
export type StemsOf = (i: number) => readonly string[];

const defaultStems =
  (tokens: readonly Token[]): StemsOf =>
  (i) =>
    textStems(tokens[i].key).stems;

/** Whether token `i` is the form word `key` as it is (or with a colon ending), or inflected. */
function wordAt(tokens: readonly Token[], i: number, key: string, allowInflected: boolean, stemsOf: StemsOf): 'exact' | 'inflected' | null {
  const t = tokens[i];
  if (t.key === key) return 'exact';
  if (!allowInflected || t.colonSuffix !== '' || key.length < 5) return null;
  return stemsOf(i).includes(key) ? 'inflected' : null;
}

/** A form starting at token `i` right after a name (`Rakennus` → `Oy:n`, `Osakeyhtiölle`). */
export function formAfter(tokens: readonly Token[], i: number, stemsOf: StemsOf = defaultStems(tokens)): TextForm | null {
  if (i >= tokens.length || tokens[i].breakBefore) return null;
  const first = tokens[i];
  const seqs = BY_FIRST.get(first.key);
  if (seqs === undefined) {
    if (first.colonSuffix !== '' || first.key.length < 6) return null;
    for (const stem of stemsOf(i)) {
      const seq = INFLECTABLE.get(stem);
      if (seq !== undefined) return { cls: seq.cls, words: seq.keys, first: i, last: i, inflected: true };
    }
    return null;
  }
  for (const seq of seqs) {
    const n = seq.keys.length;
    if (i + n > tokens.length) continue;
    let ok = n === 1 || first.colonSuffix === '';
    let inflected = false;
    for (let j = 1; j < n && ok; j++) {
      const t = tokens[i + j];
      if (t.breakBefore || (j < n - 1 && t.colonSuffix !== '')) ok = false;
      else {
        const w = wordAt(tokens, i + j, seq.keys[j], j === n - 1, stemsOf);
        if (w === null) ok = false;
        else if (w === 'inflected') inflected = true;
      }
    }
    if (!ok) continue;
    // `Oy Ab` after a name: take the second form word too.
    const last = i + n - 1;
    if (!inflected && tokens[last].colonSuffix === '') {
      const next = tokens[last + 1];
      if (next !== undefined && !next.breakBefore && SINGLE.has(next.key)) {
        return { cls: seq.cls, words: [...seq.keys, next.key], first: i, last: last + 1, inflected: false };
      }
    }
    return { cls: seq.cls, words: seq.keys, first: i, last, inflected };
  }
  return null;
}

/** A form ending at token `i - 1` right before a name (`Oy` → `Rakennus Ab`, `Asunto Oy` → `Kotipesä`). */
export function formBefore(tokens: readonly Token[], i: number): TextForm | null {
  if (i <= 0 || i >= tokens.length || tokens[i].breakBefore) return null;
  const seqs = tokens[i - 1].colonSuffix === '' ? BY_LAST.get(tokens[i - 1].key) : undefined;
  if (seqs === undefined) return null;
  for (const seq of seqs) {
    const n = seq.keys.length;
    const first = i - n;
    if (first < 0) continue;
    let ok = true;
    for (let j = 0; j < n - 1 && ok; j++) {
      const t = tokens[first + j];
      if ((j > 0 && t.breakBefore) || t.colonSuffix !== '' || t.key !== seq.keys[j]) ok = false;
    }
    if (ok && n > 1 && tokens[i - 1].breakBefore) ok = false;
    if (ok) return { cls: seq.cls, words: seq.keys, first, last: i - 1, inflected: false };
  }
  return null;
}
