/**
 * Counterparty detector: finds the registry's organisations and persons mentioned in agenda
 * text. Built once per registry version ({@link buildDetector}), then {@link Detector.detect}
 * scans a text in time linear in its length. See README.md in this folder.
 */
import { type TextForm, formAfter, formBefore, formCompatibility, formOfKey } from './company-forms';
import { CONFIDENCE } from './confidence';
import { findBusinessIds } from './identifiers';
import { isVowel, textStems } from './inflection';
import { CONNECTORS, CONNECTOR_KEY, INITIAL, isAllCaps, isCapitalized, normalizeKey, rawLetters, tokenize } from './normalize';
import { type Candidate, resolve } from './resolve';
import { Builder, type Terminal, type TrieNode } from './trie-builder';
import type { AliasSource, Detector, Mention } from './types';

export type { AliasSource, Detector } from './types';

/**
 * Finnish cases that put a one-word name (a municipality) in the role of a place: inessive,
 * elative, adessive (`Oulussa`, `Oulusta`, `Tampereella`) and illative (`Tuusulaan`,
 * `Espooseen`; the `-Vn` form is checked apart). Allative and ablative (`Tuusulalle`,
 * `Oululta`) and the nominative name a party.
 */
const LOCATION_ENDINGS: ReadonlySet<string> = new Set([
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'seen',
  'siin',
  'han',
  'hen',
  'hin',
  'hon',
  'hun',
  'hyn',
  'hän',
  'hön',
]);

interface RootHit {
  readonly node: TrieNode;
  /** The case ending stripped to reach it, or null for the word as it is. */
  readonly ending: string | null;
}

/** Builds the matcher over every name, other name and identifier of `sources`. */
export function buildDetector(sources: readonly AliasSource[]): Detector {
  const builder = detectorBuilder();
  builder.add(sources);
  return builder.finish();
}

/** A detector built from sources given in parts (so they need not all be in memory at once). */
export interface DetectorBuilder {
  add(sources: readonly AliasSource[]): void;
  finish(): Detector;
}

export function detectorBuilder(): DetectorBuilder {
  const b = new Builder();
  return {
    add(sources) {
      for (const source of sources) b.add(source);
    },
    finish() {
      b.finish();
      return detectorOf(b);
    },
  };
}

function detectorOf(b: Builder): Detector {
  const { root, refs, businessIds, otherIds } = b;
  const aliasCount = b.aliasCount;

  function detect(text: string): Mention[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const tokens = tokenize(text);
    const n = tokens.length;
    const candidates: Candidate[] = [];
    // Stems per distinct word (agenda text repeats itself a lot).
    const stemCache = new Map<string, { stems: string[]; endings: string[] }>();
    const stemsOf = (i: number) => {
      const key = tokens[i].key;
      let stems = stemCache.get(key);
      if (stems === undefined) stemCache.set(key, (stems = textStems(key)));
      return stems;
    };
    const stemListOf = (i: number) => stemsOf(i).stems;
    const afterCache = new Array<TextForm | null | undefined>(n + 1);
    const beforeCache = new Array<TextForm | null | undefined>(n + 1);
    const formAfterAt = (i: number) => (afterCache[i] === undefined ? (afterCache[i] = formAfter(tokens, i, stemListOf)) : afterCache[i]);
    const formBeforeAt = (i: number) => (beforeCache[i] === undefined ? (beforeCache[i] = formBefore(tokens, i)) : beforeCache[i]);

    const capitalizedRun = (s: number, i: number): boolean => {
      for (let k = s; k <= i; k++) if (tokens[k].key !== '&' && !isCapitalized(tokens[k].raw)) return false;
      return true;
    };
    const acronymsOk = (mask: number, s: number): boolean => {
      for (let k = 0; k < 31; k++) {
        if ((mask & (1 << k)) === 0) continue;
        const head = rawLetters(tokens[s + k].raw).slice(0, 2);
        if (head.length < 2 || head !== head.toUpperCase() || head === head.toLowerCase()) return false;
      }
      return true;
    };

    const capitalsOk = (mask: number, s: number): boolean => {
      for (let k = 0; k < 31; k++) if ((mask & (1 << k)) !== 0 && !isCapitalized(tokens[s + k].raw)) return false;
      return true;
    };
    // A one-word name read as a place in it rather than as a party (see LOCATION_ENDINGS).
    const isLocation = (s: number, ending: string | null): boolean => {
      if (ending !== null && (LOCATION_ENDINGS.has(ending) || (ending.length === 2 && ending[1] === 'n' && isVowel(ending[0]))))
        return true;
      const next = tokens[s + 1];
      if (
        ending === 'n' &&
        next !== undefined &&
        !next.breakBefore &&
        isCapitalized(next.raw) &&
        !isAllCaps(next.raw) &&
        formOfKey(next.key) === undefined
      ) {
        return true;
      }
      const previous = tokens[s - 1];
      return previous !== undefined && !tokens[s].breakBefore && (previous.raw === 'i' || previous.raw === 'på');
    };

    const evaluate = (
      terms: Terminal[],
      s: number,
      i: number,
      ending: string | null,
      stemmed: number,
      colon: boolean,
      skipped: number,
    ): void => {
      // Forms around the name, looked up once for all the entities sharing this phrase.
      let formsKnown = false;
      let after: TextForm | null = null;
      let anyBefore: TextForm | null = null;
      let capitalized: boolean | undefined;
      for (const term of terms) {
        const isOrg = term.isOrg;
        if (skipped > 0 && isOrg) continue;
        if (term.capitalized && !(capitalized ??= capitalizedRun(s, i))) continue;
        if (term.acronymMask !== 0 && !acronymsOk(term.acronymMask, s)) continue;
        let first = s;
        let last = i;
        let conf = term.base;
        let inflected = stemmed > 0;
        if (isOrg) {
          if (!formsKnown) {
            after = colon ? null : formAfterAt(i + 1);
            // An inflected name word takes a form after it only when the form is inflected too:
            // the whole name inflected (`Tampereen Palvelukotien Oy:n`).
            if (after !== null && ending !== null && !after.inflected && tokens[after.last].colonSuffix === '') after = null;
            anyBefore = formBeforeAt(s);
            formsKnown = true;
          }
          if (term.requiresForm && after === null && anyBefore === null) continue;
          // A form before the name too when the registry name starts with one, or when it pairs
          // with the form after it (`Oy Rakennus Ab`); otherwise it may be the previous name's.
          let before = anyBefore;
          if (
            before !== null &&
            after !== null &&
            !term.leadingForm &&
            (formCompatibility(before.cls, after.cls) === 'none' || tokens[before.last].key === tokens[after.first].key)
          ) {
            before = null;
          }
          if (term.form !== null) {
            let verdict: 'same' | 'family' | null = null;
            let compatible = true;
            let spelledAsRegistered = false;
            for (const f of [after, before]) {
              if (f === null) continue;
              const c = formCompatibility(term.form, f.cls);
              if (c === 'none') compatible = false;
              else verdict = verdict === 'family' || c === 'family' ? 'family' : 'same';
              if (f.words.some((w) => term.formWords.includes(w))) spelledAsRegistered = true;
            }
            if (!compatible) continue;
            if (verdict === null) {
              if (term.weakCore) {
                if (!isCapitalized(tokens[s].raw)) continue;
                conf = CONFIDENCE.orgCoreWordOnly;
              } else if (term.requiresForm) continue;
              else conf -= CONFIDENCE.formOmitted;
            } else if (verdict === 'family') conf -= CONFIDENCE.formFamily;
            else if (!spelledAsRegistered) conf -= CONFIDENCE.formSpelling;
          }
          if (term.capitalMask !== 0 && after === null && before === null && !capitalsOk(term.capitalMask, s)) continue;
          if (after !== null) {
            last = after.last;
            if (after.inflected) inflected = true;
          }
          if (before !== null) first = before.first;
          if (term.capitalized && s === i && isLocation(s, ending)) conf -= CONFIDENCE.placeLocation;
        }
        if (inflected) conf -= stemmed > 1 ? CONFIDENCE.inflectedSeveral : CONFIDENCE.inflected;
        conf -= skipped * CONFIDENCE.initialSkipped;
        candidates.push({
          start: tokens[first].start,
          end: tokens[last].end,
          ref: term.ref,
          conf,
          reason: inflected ? 'stem' : 'exact_alias',
        });
      }
    };

    // `agree`: the ending every inflected non-final word had (`Suomen Punaiselle Ristille`).
    const walk = (node: TrieNode, s: number, i: number, agree: string | undefined, stemmed: number, skipped: number): void => {
      const tok = tokens[i];
      const exact = node.c?.get(CONNECTORS.has(tok.key) ? CONNECTOR_KEY : tok.key);
      // Swedish inflects the head before a place phrase, not the phrase: `Regionförvaltningsverkets i Södra Finland`.
      const phrase = tok.key === 'i' || tok.key === 'på';
      if (exact !== undefined) step(exact, s, i, null, phrase ? undefined : agree, stemmed, tok.colonSuffix !== '', skipped);
      if (node.s !== undefined && tok.colonSuffix === '' && tok.key.length >= 3) {
        const { stems, endings } = stemsOf(i);
        for (let k = 0; k < stems.length; k++) {
          const hit = node.s.get(stems[k]);
          if (hit === undefined) continue;
          if (Array.isArray(hit)) for (const h of hit) step(h, s, i, endings[k], agree, stemmed + 1, false, skipped);
          else step(hit, s, i, endings[k], agree, stemmed + 1, false, skipped);
        }
      }
    };

    const step = (
      node: TrieNode,
      s: number,
      i: number,
      ending: string | null,
      agree: string | undefined,
      stemmed: number,
      colon: boolean,
      skipped: number,
    ): void => {
      if (
        node.t !== undefined &&
        (agree === undefined || ending === agree) &&
        // Skip a list of form-only company names at once when no form stands next to the words.
        (!node.formOnly || (ending === null && !colon && formAfterAt(i + 1) !== null) || formBeforeAt(s) !== null)
      ) {
        evaluate(node.t, s, i, ending, stemmed, colon, skipped);
      }
      if ((node.c === undefined && node.s === undefined) || colon || i + 1 >= n || tokens[i + 1].breakBefore) return;
      let next = agree;
      if (ending !== null) {
        if (agree === undefined) next = ending;
        else if (agree !== ending) return;
      }
      walk(node, s, i + 1, next, stemmed, skipped);
      // Middle initials inside a person's name (`Anna M. Aho`), at most two.
      let j = i + 1;
      while (j < n && j - i <= 2 && INITIAL.test(tokens[j].raw) && (j === i + 1 || !tokens[j].breakBefore)) j++;
      if (j > i + 1 && j < n && !tokens[j].breakBefore) walk(node, s, j, next, stemmed, skipped + (j - i - 1));
    };

    // The first word of a name: looked up once per distinct word of the text (agenda text repeats itself).
    const rootHits = new Map<string, RootHit[]>();
    for (let s = 0; s < n; s++) {
      const tok = tokens[s];
      const cacheKey = tok.colonSuffix === '' ? tok.key : `${tok.key}:`;
      let hits = rootHits.get(cacheKey);
      if (hits === undefined) {
        hits = [];
        const exact = root.c?.get(tok.key);
        if (exact !== undefined) hits.push({ node: exact, ending: null });
        if (root.s !== undefined && tok.colonSuffix === '' && tok.key.length >= 3) {
          const { stems, endings } = stemsOf(s);
          for (let k = 0; k < stems.length; k++) {
            const hit = root.s.get(stems[k]);
            if (hit === undefined) continue;
            if (Array.isArray(hit)) for (const h of hit) hits.push({ node: h, ending: endings[k] });
            else hits.push({ node: hit, ending: endings[k] });
          }
        }
        rootHits.set(cacheKey, hits);
      }
      for (const h of hits) {
        if (h.ending === null) step(h.node, s, s, null, undefined, 0, tok.colonSuffix !== '', 0);
        else step(h.node, s, s, h.ending, undefined, 1, false, 0);
      }
    }

    // A one-word alias as the first part of a hyphenated compound: `SPR-lähtöinen`, `JSK-konsernin`.
    for (const tok of tokens) {
      if (tok.hyphenAt <= 0) continue;
      const head = tok.raw.slice(0, tok.hyphenAt);
      const terms = root.c?.get(normalizeKey(head))?.t;
      if (terms === undefined) continue;
      for (const term of terms) {
        if (term.form !== null || !term.isOrg) continue;
        if (term.capitalized && !isCapitalized(head)) continue;
        if (term.acronymMask !== 0 && !isAllCaps(head)) continue;
        candidates.push({
          start: tok.start,
          end: tok.start + head.length,
          ref: term.ref,
          conf: term.base - CONFIDENCE.compoundPart,
          reason: 'exact_alias',
        });
      }
    }

    if (businessIds.size > 0) {
      for (const hit of findBusinessIds(text)) {
        for (const ref of businessIds.get(hit.businessId) ?? []) {
          candidates.push({ start: hit.start, end: hit.end, ref, conf: CONFIDENCE.identifier, reason: 'identifier' });
        }
      }
    }
    if (otherIds.size > 0) {
      for (const t of tokens) {
        for (const ref of otherIds.get(normalizeKey(t.raw)) ?? otherIds.get(t.key) ?? []) {
          candidates.push({ start: t.start, end: t.end, ref, conf: CONFIDENCE.identifier, reason: 'identifier' });
        }
      }
    }
    return resolve(text, candidates, refs);
  }

  return { detect, aliasCount };
}
