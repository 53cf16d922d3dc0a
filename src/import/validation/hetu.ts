/**
 * Finnish personal identity codes (henkilötunnus, HETU): `DDMMYYCNNNX`, where C is the century
 * sign and X the check character `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYNNN mod 31]
 * (Väestörekisterikeskus; the extra century signs U–Y and B–F since 2023). jaavi never stores
 * one, so the validator looks for them in the dataset and never repeats one in a message.
 */
import { isValidDay } from './calendar';

export const HETU_CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const CENTURY_BY_SIGN: ReadonlyMap<string, number> = new Map([
  ['+', 1800],
  ['-', 1900],
  ['Y', 1900],
  ['X', 1900],
  ['W', 1900],
  ['V', 1900],
  ['U', 1900],
  ['A', 2000],
  ['B', 2000],
  ['C', 2000],
  ['D', 2000],
  ['E', 2000],
  ['F', 2000],
]);

const HETU = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

/**
 * A code-shaped run inside text: six digits not preceded by a digit, a century sign, three
 * digits and one character not followed by a letter or digit. Case-insensitive, since people
 * type `010101a123n` too. Linear: no nested quantifiers.
 */
const HETU_IN_TEXT = /(?<!\p{N})(\d{2})(\d{2})(\d{2})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Za-z])(?![\p{L}\p{N}])/gu;

/** The check character for birth date `DDMMYY` and individual number `NNN`. */
export function hetuCheckChar(birthDate: string, individualNumber: string): string {
  return HETU_CHECK_CHARS[Number(birthDate + individualNumber) % 31];
}

/** An exact, upper-case HETU with a real birth date and the right check character. */
export function isValidHetu(value: string): boolean {
  const match = HETU.exec(value);
  return match !== null && isCodeMatch(match, true);
}

export interface HetuSearch {
  /**
   * When false, any code-shaped run with a real birth date counts, whatever its check
   * character: a mistyped code is still someone's code. Used where personal data is expected
   * (persons); elsewhere the checksum keeps ordinary numbers in free text from matching.
   */
  readonly requireChecksum: boolean;
}

/** True when `text` contains a personal identity code somewhere. */
export function containsHetu(text: string, search: HetuSearch): boolean {
  for (const match of text.matchAll(HETU_IN_TEXT)) {
    if (isCodeMatch(match, search.requireChecksum)) return true;
  }
  return false;
}

export const HETU_MASK = '[henkilötunnus]';

/** `text` with every code-shaped run (checksum or not) replaced, for echoing values safely. */
export function maskHetus(text: string): string {
  return text.replace(HETU_IN_TEXT, (...args: unknown[]) => {
    const groups = args.slice(0, 7) as string[];
    return isCodeMatch(groups, false) ? HETU_MASK : groups[0];
  });
}

function isCodeMatch(match: ArrayLike<string>, requireChecksum: boolean): boolean {
  const [, day, month, year, sign, individualNumber, check] = Array.from(match);
  const century = CENTURY_BY_SIGN.get(sign.toUpperCase());
  if (century === undefined) return false;
  if (!isValidDay(century + Number(year), Number(month), Number(day))) return false;
  return !requireChecksum || hetuCheckChar(day + month + year, individualNumber) === check.toUpperCase();
}
