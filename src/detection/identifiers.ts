/**
 * Business IDs (Y-tunnus, FO-nummer) in text: `1234567-8` with any dash, or the VAT form
 * `FI12345678`. Only IDs with a valid check digit are returned; the check itself lives in
 * `src/import/validation/ytunnus.ts`.
 */
import { isValidBusinessId } from '../common/ytunnus';

export interface BusinessIdHit {
  readonly start: number;
  readonly end: number;
  /** Canonical `NNNNNNN-C`. */
  readonly businessId: string;
}

const DASHES = '\\-\\u2010\\u2011\\u2012\\u2013';
const BUSINESS_ID_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}${DASHES}])(\\d{7})[${DASHES}](\\d)(?!\\p{N}|[${DASHES}]\\p{N})` + `|(?<![\\p{L}\\p{N}])FI ?(\\d{8})(?!\\p{N})`,
  'gu',
);

/** Canonical form of a registry business ID (`1234567-8`), or undefined when it is not one. */
export function canonicalBusinessId(value: string): string | undefined {
  const trimmed = value.trim().replace(new RegExp(`[${DASHES}]`, 'g'), '-');
  const vat = /^FI ?(\d{8})$/i.exec(trimmed);
  const candidate = vat ? `${vat[1].slice(0, 7)}-${vat[1][7]}` : trimmed;
  return isValidBusinessId(candidate) ? candidate : undefined;
}

/** Valid business IDs in `text`, in order. Invalid check digits are skipped. */
export function findBusinessIds(text: string): BusinessIdHit[] {
  const hits: BusinessIdHit[] = [];
  BUSINESS_ID_IN_TEXT.lastIndex = 0;
  for (let m = BUSINESS_ID_IN_TEXT.exec(text); m !== null; m = BUSINESS_ID_IN_TEXT.exec(text)) {
    const id = m[1] !== undefined ? `${m[1]}-${m[2]}` : `${m[3].slice(0, 7)}-${m[3][7]}`;
    if (isValidBusinessId(id)) hits.push({ start: m.index, end: m.index + m[0].length, businessId: id });
  }
  return hits;
}
