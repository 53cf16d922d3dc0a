/**
 * Counterparty detector: finds the registry's organisations and persons mentioned in agenda
 * text. Built once per registry version ({@link buildDetector}), then {@link Detector.detect}
 * scans a text in time linear in its length. See README.md in this folder.
 */
import { type FormClass, type TextForm, formAfter, formBefore, formCompatibility, splitAliasForm } from './company-forms';
import { isGenericKey } from './generic-words';
import { canonicalBusinessId, findBusinessIds } from './identifiers';
import { obliqueStems, textStems } from './inflection';
import { INITIAL, isAcronym, isAllCaps, isCapitalized, normalizeKey, rawLetters, tokenize } from './normalize';

export type EntityType = 'organization' | 'person';
export type MatchReason = 'exact_alias' | 'stem' | 'identifier';

export interface AliasSource {
  entityType: EntityType;
  entityId: string;
  names: { name: string; lang?: 'fi' | 'sv' | 'en' | null }[];
  identifiers?: { scheme: string; identifier: string }[];
  givenName?: string | null;
  familyName?: string | null;
}

export interface EntityRef {
  entityType: EntityType;
  entityId: string;
}

export interface Mention {
  /** UTF-16 index of the first character, inclusive. */
  start: number;
  /** UTF-16 index after the last character, exclusive: `surface === text.slice(start, end)`. */
  end: number;
  surface: string;
  /** The (first) candidate's type. */
  entityType: EntityType;
  /** The entity, or null when the mention is ambiguous. */
  entityId: string | null;
  /** Every entity the mention may refer to, best first (one when not ambiguous). */
  candidates: EntityRef[];
  ambiguous: boolean;
  /** 0–1. */
  confidence: number;
  reason: MatchReason;
}

export interface Detector {
  detect(text: string): Mention[];
  /** Name variants indexed (word orders, hyphen variants, one per entity) plus identifiers. */
  readonly aliasCount: number;
}

/** Confidence of a match as registered, before the adjustments below. */
export const CONFIDENCE = {
  identifier: 1,
  /** Several words, or a company form present: `Järvi-Pohjan hyvinvointialue`, `Rakennus Oy`. */
  orgPhrase: 0.97,
  /** An acronym alias, matched case-sensitively: `HUS`, `YIT`. */
  orgAcronym: 0.9,
  /** A one-word alias without company form, capitalised in text: `Fortum`, `Sitra`. */
  orgSingleWord: 0.85,
  personGivenFamily: 0.95,
  personFamilyGiven: 0.9,
  /** First given name only when several are registered (`Anna Aho` for Anna Maria Aho). */
  personFirstGivenOnly: 0.93,
  /** Deducted when the text omits the registry name's company form (`Järvi-Pohjan Rakennus` for `… Oy`). */
  formOmitted: 0.12,
  /** Deducted when the form is of the same family but not the same (`Oy` for an `Oyj`). */
  formFamily: 0.08,
  /** Deducted when the form is the same but spelt otherwise than in the registry (`Ab` for `Oy`). */
  formSpelling: 0.06,
  /**
   * A one-word core of a company name without its form (`Byggbolagets` for `Byggbolaget Ab`):
   * only for distinctive words (8+ letters, not generic, not a `-nen` word or a registered
   * person's family name), capitalised in text.
   */
  orgCoreWordOnly: 0.6,
  /** Deducted for an inflected word (`hyvinvointialueelle`), more for several. */
  inflected: 0.1,
  inflectedSeveral: 0.15,
  /** Deducted for each middle initial skipped inside a person's name (`Anna M. Aho`). */
  initialSkipped: 0.05,
  /** Deducted for a one-word alias that is the first part of a hyphenated compound (`SPR-lähtöinen`). */
  compoundPart: 0.1,
  /** Candidates within this distance of the best one make a mention ambiguous. */
  ambiguityBand: 0.05,
} as const;

interface Terminal {
  readonly ref: number;
  readonly isOrg: boolean;
  readonly form: FormClass | null;
  requiresForm: boolean;
  /** One distinctive word: may stand without its form, weakly (see CONFIDENCE.orgCoreWordOnly). */
  weakCore: boolean;
  leadingForm: boolean;
  formWords: readonly string[];
  capitalized: boolean;
  acronymMask: number;
  base: number;
}

interface TrieNode {
  /** Next word, exactly. */
  c: Map<string, TrieNode> | undefined;
  /** Next word, by one of its inflection stems. */
  s: Map<string, TrieNode | TrieNode[]> | undefined;
  t: Terminal[] | undefined;
  /** Every terminal here needs a company form next to it (most one-word company names). */
  formOnly: boolean;
}

const newNode = (): TrieNode => ({ c: undefined, s: undefined, t: undefined, formOnly: false });

const BUSINESS_ID_SCHEME = /y-?tunnus|business.?id|fo-?nummer/i;
const PERSONAL_ID_SCHEME = /hetu|henkilö|personbeteckning|personal|ssn/i;

interface AliasWords {
  readonly keys: string[];
  readonly raws: string[];
}

/** Longer registry names are not names but prose; they also bound the trie walk's depth. */
const MAX_ALIAS_WORDS = 24;

function aliasWords(name: string): AliasWords | null {
  const tokens = tokenize(name).filter((t) => t.key.length > 0);
  if (tokens.length === 0 || tokens.length > MAX_ALIAS_WORDS) return null;
  return { keys: tokens.map((t) => t.key), raws: tokens.map((t) => t.raw) };
}

/** The name as written, and with hyphens between letters as spaces (`Järvi-Pohjan` → `Järvi Pohjan`). */
function spellings(name: string): AliasWords[] {
  const out: AliasWords[] = [];
  const plain = aliasWords(name);
  if (plain) out.push(plain);
  const spaced = name.replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1 ');
  if (spaced !== name) {
    const split = aliasWords(spaced);
    if (split && split.keys.length !== plain?.keys.length) out.push(split);
  }
  return out;
}

class Builder {
  readonly root = newNode();
  readonly refs: EntityRef[] = [];
  private readonly refIndex = new Map<string, number>();
  readonly businessIds = new Map<string, number[]>();
  readonly otherIds = new Map<string, number[]>();
  aliasCount = 0;
  private readonly weakCores: [string, Terminal][] = [];
  private readonly familyNames = new Set<string>();

  add(source: AliasSource): void {
    if (typeof source?.entityId !== 'string' || (source.entityType !== 'organization' && source.entityType !== 'person')) return;
    const ref = this.ref(source.entityType, source.entityId);
    const names = Array.isArray(source.names) ? source.names : [];
    if (source.entityType === 'organization') {
      for (const { name } of names) if (typeof name === 'string') for (const w of spellings(name)) this.addOrganizationName(ref, w);
    } else {
      this.addPerson(ref, source, names);
    }
    for (const id of source.identifiers ?? []) this.addIdentifier(ref, id);
  }

  private ref(entityType: EntityType, entityId: string): number {
    const key = `${entityType}\u0000${entityId}`;
    let i = this.refIndex.get(key);
    if (i === undefined) {
      i = this.refs.length;
      this.refs.push({ entityType, entityId });
      this.refIndex.set(key, i);
    }
    return i;
  }

  private addOrganizationName(ref: number, { keys, raws }: AliasWords): void {
    const { core, form, leading, start, formWords } = splitAliasForm(keys);
    if (core.length === 0) return;
    const coreRaws = raws.slice(start, start + core.length);
    const allGeneric = core.every(isGenericKey);
    if (form === null && allGeneric) return; // `Kaupunginhallitus`, `kaupunki`: never alone
    const single = core.length === 1;
    if (form === null && single && core[0].length < 2) return;
    let acronymMask = 0;
    coreRaws.forEach((raw, k) => {
      if (k < 31 && isAcronym(raw)) acronymMask |= 1 << k;
    });
    const base =
      form !== null || !single ? CONFIDENCE.orgPhrase : acronymMask !== 0 ? CONFIDENCE.orgAcronym : CONFIDENCE.orgSingleWord;
    const weakCore = form !== null && single && !allGeneric && core[0].length >= 8 && !core[0].endsWith('nen');
    const term: Terminal = {
      ref,
      isOrg: true,
      form,
      requiresForm: form !== null && (single || allGeneric) && !weakCore,
      weakCore,
      leadingForm: leading,
      formWords,
      capitalized: form === null && single && acronymMask === 0,
      acronymMask,
      base,
    };
    this.insert(core, term);
    if (weakCore) this.weakCores.push([core[0], term]);
  }

  /** Family names of registered persons never stand for a company on their own. */
  finish(): void {
    for (const [key, term] of this.weakCores) {
      if (this.familyNames.has(key)) {
        term.weakCore = false;
        term.requiresForm = true;
      }
    }
  }

  private addPerson(ref: number, source: AliasSource, names: AliasSource['names']): void {
    const person = (keys: string[], base: number): void => {
      if (keys.length < 2) return; // a lone family name is never a mention
      this.insert(keys, {
        ref,
        isOrg: false,
        form: null,
        requiresForm: false,
        weakCore: false,
        leadingForm: false,
        formWords: [],
        capitalized: true,
        acronymMask: 0,
        base,
      });
    };
    const given = typeof source.givenName === 'string' ? aliasWords(source.givenName)?.keys ?? [] : [];
    const family = typeof source.familyName === 'string' ? aliasWords(source.familyName)?.keys ?? [] : [];
    for (const key of family) this.familyNames.add(key);
    for (const { name } of names) {
      const words = typeof name === 'string' ? aliasWords(name) : null;
      if (words && words.keys.length >= 2) this.familyNames.add(words.keys[words.keys.length - 1]);
    }
    if (given.length > 0 && family.length > 0) {
      person([...given, ...family], CONFIDENCE.personGivenFamily);
      person([...family, ...given], CONFIDENCE.personFamilyGiven);
      if (given.length > 1) {
        person([given[0], ...family], CONFIDENCE.personFirstGivenOnly);
        person([...family, given[0]], CONFIDENCE.personFamilyGiven - 0.02);
      }
    }
    for (const { name } of names) {
      if (typeof name !== 'string') continue;
      for (const w of spellings(name)) {
        person(w.keys, CONFIDENCE.personGivenFamily);
        if (w.keys.length === 2) person([w.keys[1], w.keys[0]], CONFIDENCE.personFamilyGiven);
      }
    }
  }

  private addIdentifier(ref: number, id: { scheme: string; identifier: string }): void {
    if (typeof id?.identifier !== 'string' || typeof id.scheme !== 'string' || PERSONAL_ID_SCHEME.test(id.scheme)) return;
    const businessId = canonicalBusinessId(id.identifier);
    if (businessId !== undefined) {
      this.aliasCount += addRef(this.businessIds, businessId, ref);
      return;
    }
    // A business ID with a wrong check digit is never matched (not even as a plain identifier).
    if (BUSINESS_ID_SCHEME.test(id.scheme) || /^\s*\d{7}\s*[-\u2010-\u2013]\s*\d\s*$/u.test(id.identifier)) return;
    // Other schemes only when distinctive: at least six characters with a digit (not `091`).
    const key = normalizeKey(id.identifier.trim());
    if (key.length >= 6 && /\p{N}/u.test(key) && !/\s/.test(key)) this.aliasCount += addRef(this.otherIds, key, ref);
  }

  private insert(keys: readonly string[], term: Terminal): void {
    let node = this.root;
    for (const key of keys) {
      let child = node.c?.get(key);
      if (child === undefined) {
        child = newNode();
        (node.c ??= new Map()).set(key, child);
        if (key.length >= 3) {
          const stems = (node.s ??= new Map());
          for (const stem of obliqueStems(key)) {
            const there = stems.get(stem);
            if (there === undefined) stems.set(stem, child);
            else if (Array.isArray(there)) there.push(child);
            else stems.set(stem, [there, child]);
          }
        }
      }
      node = child;
    }
    const terms = (node.t ??= []);
    const same = terms.find((t) => t.ref === term.ref && t.form === term.form);
    if (same === undefined) {
      terms.push(term);
      node.formOnly = terms.every((t) => t.requiresForm);
      this.aliasCount++;
      return;
    }
    // One entity, two spellings of the same phrase: keep the more permissive reading.
    same.requiresForm &&= term.requiresForm;
    same.leadingForm ||= term.leadingForm;
    if (term.formWords.some((w) => !same.formWords.includes(w))) same.formWords = [...new Set([...same.formWords, ...term.formWords])];
    same.weakCore ||= term.weakCore;
    same.capitalized &&= term.capitalized;
    same.acronymMask &= term.acronymMask;
    same.base = Math.max(same.base, term.base);
    node.formOnly = terms.every((t) => t.requiresForm);
  }
}

function addRef(map: Map<string, number[]>, key: string, ref: number): number {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ref]);
  else if (!list.includes(ref)) list.push(ref);
  else return 0;
  return 1;
}

interface RootHit {
  readonly node: TrieNode;
  /** The case ending stripped to reach it, or null for the word as it is. */
  readonly ending: string | null;
}

interface Candidate {
  start: number;
  end: number;
  ref: number;
  conf: number;
  reason: MatchReason;
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
    const afterCache: (TextForm | null | undefined)[] = new Array(n + 1);
    const beforeCache: (TextForm | null | undefined)[] = new Array(n + 1);
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
            after = ending === null && !colon ? formAfterAt(i + 1) : null;
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
          if (after !== null) {
            last = after.last;
            if (after.inflected) inflected = true;
          }
          if (before !== null) first = before.first;
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
      const exact = node.c?.get(tok.key);
      if (exact !== undefined) step(exact, s, i, null, agree, stemmed, tok.colonSuffix !== '', skipped);
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

/** Groups candidates by span, keeps the longest non-overlapping spans, reports ties as ambiguous. */
function resolve(text: string, candidates: Candidate[], refs: readonly EntityRef[]): Mention[] {
  if (candidates.length === 0) return [];
  interface Group {
    readonly start: number;
    readonly end: number;
    readonly best: number;
    /** One candidate per entity, its best. */
    readonly members: Candidate[];
  }
  // Same span together; within it one entity's candidates together, best first.
  candidates.sort((a, b) => a.start - b.start || a.end - b.end || a.ref - b.ref || b.conf - a.conf);
  const groups: Group[] = [];
  for (let k = 0; k < candidates.length; ) {
    const { start, end } = candidates[k];
    const members: Candidate[] = [];
    let best = -Infinity;
    for (; k < candidates.length && candidates[k].start === start && candidates[k].end === end; k++) {
      const c = candidates[k];
      if (members.length > 0 && members[members.length - 1].ref === c.ref) continue;
      members.push(c);
      if (c.conf > best) best = c.conf;
    }
    groups.push({ start, end, best, members });
  }
  groups.sort((a, b) => b.end - b.start - (a.end - a.start) || b.best - a.best || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  for (const g of groups) {
    let free = true;
    for (let k = g.start; k < g.end && free; k++) if (taken[k] !== 0) free = false;
    if (!free) continue;
    taken.fill(1, g.start, g.end);
    const chosen = g.members
      .filter((c) => c.conf >= g.best - CONFIDENCE.ambiguityBand)
      .sort((a, b) => b.conf - a.conf || (refs[a.ref].entityId < refs[b.ref].entityId ? -1 : 1));
    const top = chosen[0];
    const ambiguous = chosen.length > 1;
    mentions.push({
      start: g.start,
      end: g.end,
      surface: text.slice(g.start, g.end),
      entityType: refs[top.ref].entityType,
      entityId: ambiguous ? null : refs[top.ref].entityId,
      candidates: chosen.map((c) => ({ entityType: refs[c.ref].entityType, entityId: refs[c.ref].entityId })),
      ambiguous,
      confidence: Math.round(Math.min(1, Math.max(0, top.conf)) * 100) / 100,
      reason: top.reason,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
