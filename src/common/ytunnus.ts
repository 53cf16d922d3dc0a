/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen, a check digit. The check digit is
 * 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0 and
 * remainder 1 is never issued (Verohallinto / PRH). Small enough that no library is needed.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
const BUSINESS_ID = /^(\d{7})-(\d)$/;

/** The check digit for seven digits, or undefined when no ID with these digits can exist. */
export function businessIdCheckDigit(digits: string): number | undefined {
  if (!/^\d{7}$/.test(digits)) return undefined;
  const remainder = WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
  if (remainder === 1) return undefined;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** `0204819-8`: the NNNNNNN-C form with the right check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = BUSINESS_ID.exec(value);
  return match !== null && businessIdCheckDigit(match[1]) === Number(match[2]);
}
