/**
 * The detector's index: a word trie over every registry name variant (word orders, hyphen
 * variants, company forms split off), each edge also reachable by the word's inflection stems,
 * plus business IDs and other identifiers.
 */
import { type FormClass, splitAliasForm } from './company-forms';
import { CONFIDENCE } from './confidence';
import { isGenericKey } from './generic-words';
import { canonicalBusinessId } from './identifiers';
import { obliqueStems } from './inflection';
import { coordinationVariants, withConnectorKey } from './coordination';
import { translatedNames } from './place-names';
import { CONNECTOR_KEY, isAcronym, isCapitalized, normalizeKey, tokenize } from './normalize';
import type { AliasSource, EntityRef, EntityType } from './types';

export interface Terminal {
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
  /**
   * Core words after the first that the registry capitalises (`Lampi` in `Pohjan Lampi ry`): in
   * text they must be capitalised too unless a company form stands next to the name, so that
   * `Pohjan lammen kunnostus` is not the association.
   */
  capitalMask: number;
  base: number;
}

export interface TrieNode {
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
  /** Which words are the suspended first part of a coordinated compound (`sosiaali-`). */
  readonly suspended: boolean[];
}

/** Longer registry names are not names but prose; they also bound the trie walk's depth. */
const MAX_ALIAS_WORDS = 24;

function aliasWords(name: string): AliasWords | null {
  const tokens = tokenize(name).filter((t) => t.key.length > 0);
  if (tokens.length === 0 || tokens.length > MAX_ALIAS_WORDS) return null;
  return { keys: tokens.map((t) => t.key), raws: tokens.map((t) => t.raw), suspended: tokens.map((t) => t.suspended) };
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

export class Builder {
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

  /** The name with any connector, and its coordinated compounds spelled out or suspended. */
  private addOrganizationName(ref: number, { keys, raws, suspended }: AliasWords): void {
    const connected = withConnectorKey(keys);
    this.addOrganizationKeys(ref, connected, raws);
    for (const variant of coordinationVariants(connected, suspended)) this.addOrganizationKeys(ref, variant, raws);
    // `Pirkanmaan hyvinvointialue` is also `Birkalands välfärdsområde`, a little less surely.
    if (splitAliasForm(connected).form === null) {
      for (const t of translatedNames(connected)) this.addOrganizationKeys(ref, t.keys, t.raws, CONFIDENCE.translatedName);
    }
  }

  private addOrganizationKeys(ref: number, keys: readonly string[], raws: readonly string[], deduction = 0): void {
    const { core, form, leading, start, formWords } = splitAliasForm(keys);
    if (core.length === 0) return;
    const coreRaws = raws.slice(start, start + core.length);
    const allGeneric = core.every((k) => k === CONNECTOR_KEY || isGenericKey(k));
    if (form === null && allGeneric) return; // `Kaupunginhallitus`, `kaupunki`: never alone
    const single = core.length === 1;
    if (form === null && single && core[0].length < 2) return;
    let acronymMask = 0;
    let capitalMask = 0;
    coreRaws.forEach((raw, k) => {
      if (k < 31 && isAcronym(raw)) acronymMask |= 1 << k;
      else if (k > 0 && k < 31 && isCapitalized(raw) && core[k] !== CONNECTOR_KEY) capitalMask |= 1 << k;
    });
    const base =
      (form !== null || !single ? CONFIDENCE.orgPhrase : acronymMask !== 0 ? CONFIDENCE.orgAcronym : CONFIDENCE.orgSingleWord) - deduction;
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
      capitalMask,
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
        capitalMask: 0,
        base,
      });
    };
    const given = typeof source.givenName === 'string' ? (aliasWords(source.givenName)?.keys ?? []) : [];
    const family = typeof source.familyName === 'string' ? (aliasWords(source.familyName)?.keys ?? []) : [];
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
          const stems = (node.s ??= new Map<string, TrieNode | TrieNode[]>());
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
    same.capitalMask &= term.capitalMask;
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
