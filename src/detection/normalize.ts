/**
 * Tokens and their comparison keys. Offsets always refer to the caller's string (UTF-16 indices);
 * normalisation only ever produces keys, never new offsets.
 */
import { formOfKey } from './company-forms';

/** One word of a text: `[start, end)` in the original string, the raw slice and its key. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Normalised form of the part before a colon (`Oy:n` → `oy`); see {@link normalizeKey}. */
  readonly key: string;
  /** The text after the colon of an abbreviation's case ending (`Oy:lle` → `lle`), else ''. */
  readonly colonSuffix: string;
  /** Punctuation or a blank line separates this token from the previous one: no name spans it. */
  readonly breakBefore: boolean;
  /** Offset in `raw` of the first compound hyphen (`SPR-lähtöinen` → 3), or -1. */
  readonly hyphenAt: number;
  /**
   * The first part of a coordinated compound whose hyphen stands for the shared last part
   * (`sosiaali-` in `sosiaali- ja terveyspalvelujen`, `Arbets-,` in `Arbets-, närings- och …`):
   * the name goes on past the hyphen.
   */
  readonly suspended: boolean;
}

/** Connectors of coordinated compounds and names; inside a registry name they all stand for one key. */
export const CONNECTORS: ReadonlySet<string> = new Set(['ja', 'sekä', 'tai', 'ynnä', 'och', 'samt', 'eller', '&']);
/** The key every connector inside a registry name becomes (`sosiaali- ja` ≡ `sosiaali- sekä`). */
export const CONNECTOR_KEY = '\u0001and';

/**
 * The token grammar, as a regular expression (the reference for {@link tokenize}): a word is letters, combining marks and digits, joined by inner hyphens/dashes, apostrophes,
 * dots and colons (`Järvi-Pohjan`, `Oy:lle`, `r.y`, `Raa'an`), a soft hyphen, or a hyphen at a
 * line break (`hyvinvointi-\nalueelle`). `&` is a word of its own (`Lassila & Tikanoja`).
 */
export const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011\u2012\u2013'\u2019.:\u00AD]|[-\u2010\u2011\u00AD][ \t]*\r?\n[ \t]*)[\p{L}\p{M}\p{N}]+)*|&/gu;

/** Between two words, any of these (or a blank line) ends a possible name. */
const BREAK = /[.,;:!?()[\]{}<>/\\|•·\u2012\u2013\u2014\u2015"“”„«»]|-(?=\s)|\n[ \t]*\r?\n/;

/** A single capital: a name's initial. */
export const INITIAL = /^\p{Lu}$/u;
const INITIAL_GAP = /^\.[ \t]*\r?\n?[ \t]*$/;
/** A hyphen (or an en dash typed for one) right after a word, then blanks (maybe a comma first): a suspended compound part. */
const SUSPENDED_GAP = /^[-\u2010\u2011\u2013],?[ \t]+$/;

const HYPHENS_AND_BREAKS = /[-\u2010\u2011\u2012\u2013\u00AD\s]/g;
const SIMPLE_WORD = /^[A-Za-z0-9ÅÄÖåäö]+$/;
// eslint-disable-next-line no-control-regex -- ASCII is U+0000 to U+007F; only the rest needs folding
const NEEDS_FOLD = /[^\u0000-\u007få䀦]/;
const FOLD_SPECIAL: Record<string, string> = { ü: 'y', ø: 'ö', æ: 'ä', ß: 'ss', '\u2019': "'", œ: 'oe', ð: 'd', þ: 'th' };
const COMBINING = /\p{M}/gu;

/** Lower case, NFC, diacritics folded except å/ä/ö (é→e, ü→y, ø→ö), hyphens and line breaks removed. */
export function normalizeKey(raw: string): string {
  if (SIMPLE_WORD.test(raw)) return raw.toLowerCase();
  let s = raw.replace(HYPHENS_AND_BREAKS, '');
  s = s.normalize('NFC').toLowerCase();
  if (!NEEDS_FOLD.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch === 'å' || ch === 'ä' || ch === 'ö') out += ch;
    else if (FOLD_SPECIAL[ch] !== undefined) out += FOLD_SPECIAL[ch];
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      // å/ä/ö that arrived decomposed were composed by NFC above; a stray mark folds to nothing.
      out += ch.normalize('NFD').replace(COMBINING, '');
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether code point `c` is a letter, a combining mark or a digit; ASCII and Latin-1/Extended-A/B without a regex. */
function isWordCodePoint(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/** Code units taken by the word character at `i` (2 for a surrogate pair), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordCodePoint(c) ? 1 : 0;
}

/** `-‐‑‒–'’.:` and the soft hyphen join two runs of a word (`Järvi-Pohjan`, `Oy:n`, `r.y`). */
const isJoiner = (c: number): boolean =>
  c === 0x2d ||
  c === 0x2010 ||
  c === 0x2011 ||
  c === 0x2012 ||
  c === 0x2013 ||
  c === 0x27 ||
  c === 0x2019 ||
  c === 0x2e ||
  c === 0x3a ||
  c === 0xad;
/** These also join across a line break (`hyvinvointi-\nalueelle`). */
const isLineJoiner = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * Splits `text` into words (see {@link TOKEN} for the grammar; this is its hand-written,
 * allocation-light equivalent). Never throws; offsets are within `[0, text.length]`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let previousEnd = 0;
  let i = 0;
  while (i < len) {
    const start = i;
    let joined = false;
    let hyphenAt = -1;
    if (text.charCodeAt(i) === 0x26) {
      i++;
    } else {
      const first = wordCharAt(text, i);
      if (first === 0) {
        i++;
        continue;
      }
      i += first;
      for (;;) {
        for (let k = i < len ? wordCharAt(text, i) : 0; k > 0; k = i < len ? wordCharAt(text, i) : 0) i += k;
        if (i >= len || !isJoiner(text.charCodeAt(i))) break;
        const next = i + 1 < len ? wordCharAt(text, i + 1) : 0;
        if (next > 0) {
          const joiner = text.charCodeAt(i);
          if (hyphenAt < 0 && (joiner === 0x2d || joiner === 0x2010 || joiner === 0x2011)) hyphenAt = i - start;
          joined = true;
          i += 1 + next;
          continue;
        }
        if (!isLineJoiner(text.charCodeAt(i))) break;
        let j = i + 1;
        while (j < len && isBlank(text.charCodeAt(j))) j++;
        if (j < len && text.charCodeAt(j) === 0x0d) j++;
        if (j >= len || text.charCodeAt(j) !== 0x0a) break;
        j++;
        while (j < len && isBlank(text.charCodeAt(j))) j++;
        const after = j < len ? wordCharAt(text, j) : 0;
        if (after === 0) break;
        joined = true;
        i = j + after;
      }
    }
    pushToken(tokens, text, start, i, previousEnd, joined, hyphenAt);
    previousEnd = i;
  }
  return tokens;
}

function pushToken(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  previousEnd: number,
  joined: boolean,
  hyphenAt: number,
): void {
  const raw = text.slice(start, end);
  const colon = joined ? colonAt(raw) : -1;
  let breakBefore = false;
  if (tokens.length > 0 && (start - previousEnd > 1 || text.charCodeAt(previousEnd) !== 0x20)) {
    const gap = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    // The dot of an initial (`Anna M. Aho`) does not end a name.
    const afterInitial = previous.raw.length <= 2 && INITIAL.test(previous.raw) && INITIAL_GAP.test(gap);
    if (previous.raw.length >= 2 && previous.key !== '&' && previous.colonSuffix === '' && SUSPENDED_GAP.test(gap)) {
      (previous as { suspended: boolean }).suspended = true;
    } else breakBefore = !afterInitial && BREAK.test(gap);
  }
  tokens.push({
    start,
    end,
    raw,
    key: normalizeKey(colon > 0 ? raw.slice(0, colon) : raw),
    colonSuffix: colon > 0 ? normalizeKey(raw.slice(colon + 1)) : '',
    breakBefore,
    hyphenAt: colon > 0 && colon < hyphenAt ? -1 : hyphenAt,
    suspended: false,
  });
}

/**
 * Where a case ending after an abbreviation starts: at the colon (`Oy:n`), or at an apostrophe
 * that texts converted from Word or PDF put in its place (`Oy’n`, `Abp's`) when what stands before
 * it is a company form or an acronym. `Raa'an` keeps its apostrophe.
 */
function colonAt(raw: string): number {
  const colon = raw.indexOf(':');
  if (colon >= 0) return colon;
  let at = raw.indexOf('\u2019');
  if (at < 0) at = raw.indexOf("'");
  if (at <= 0 || raw.length - at - 1 > 5) return -1;
  const head = raw.slice(0, at);
  return formOfKey(normalizeKey(head)) !== undefined || isAcronym(head) ? at : -1;
}

/** The letters of a raw word, hyphens and line breaks removed (for case checks). */
export function rawLetters(raw: string): string {
  const colon = raw.indexOf(':');
  return (colon > 0 ? raw.slice(0, colon) : raw).replace(HYPHENS_AND_BREAKS, '');
}

/** Starts with an upper-case letter (or a digit): a proper noun as written. */
export function isCapitalized(raw: string): boolean {
  const first = raw.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  if (/\p{N}/u.test(ch)) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** All letters upper case, at least two of them: `HUS`, `YIT`, `HSL`, `HUS:n`. */
export function isAllCaps(raw: string): boolean {
  const letters = rawLetters(raw).replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** An alias word written as an acronym in the registry (2–6 capitals, maybe digits): matched case-sensitively. */
export function isAcronym(raw: string): boolean {
  const letters = rawLetters(raw);
  return /^[\p{Lu}\p{N}]{2,6}$/u.test(letters) && /\p{Lu}.*\p{Lu}/u.test(letters);
}
