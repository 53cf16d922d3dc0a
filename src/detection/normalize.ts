/**
 * Tokens and their comparison keys. Offsets always refer to the caller's string (UTF-16 indices);
 * normalisation only ever produces keys, never new offsets.
 */

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
}

/**
 * A word: letters, combining marks and digits, joined by inner hyphens/dashes, apostrophes,
 * dots and colons (`Järvi-Pohjan`, `Oy:lle`, `r.y`, `Raa'an`), a soft hyphen, or a hyphen at a
 * line break (`hyvinvointi-\nalueelle`). `&` is a word of its own (`Lassila & Tikanoja`).
 */
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011\u2012\u2013'\u2019.:\u00AD]|[-\u2010\u2011\u00AD][ \t]*\r?\n[ \t]*)[\p{L}\p{M}\p{N}]+)*|&/gu;

/** Between two words, any of these (or a blank line) ends a possible name. */
const BREAK = /[.,;:!?()[\]{}<>/\\|•·\u2012\u2013\u2014\u2015"“”„«»]|-(?=\s)|\n[ \t]*\r?\n/;

/** A single capital: a name's initial. */
export const INITIAL = /^\p{Lu}$/u;
const INITIAL_GAP = /^\.[ \t]*\r?\n?[ \t]*$/;

const HYPHENS_AND_BREAKS = /[-\u2010\u2011\u2012\u2013\u00AD\s]/g;
const NEEDS_FOLD = /[^\u0000-\u007få䀦]/;
const FOLD_SPECIAL: Record<string, string> = { ü: 'y', ø: 'ö', æ: 'ä', ß: 'ss', '\u2019': "'", œ: 'oe', ð: 'd', þ: 'th' };
const COMBINING = /\p{M}/gu;

/** Lower case, NFC, diacritics folded except å/ä/ö (é→e, ü→y, ø→ö), hyphens and line breaks removed. */
export function normalizeKey(raw: string): string {
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

/** Splits `text` into words. Never throws; offsets are within `[0, text.length]`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const colon = raw.indexOf(':');
    const base = colon > 0 ? raw.slice(0, colon) : raw;
    const gap = tokens.length === 0 ? '' : text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    // The dot of an initial (`Anna M. Aho`) does not end a name.
    const afterInitial = previous !== undefined && INITIAL.test(previous.raw) && INITIAL_GAP.test(gap);
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      key: normalizeKey(base),
      colonSuffix: colon > 0 ? normalizeKey(raw.slice(colon + 1)) : '',
      breakBefore: gap.length > 0 && !afterInitial && BREAK.test(gap),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
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
