/**
 * Ground codes a recusal in the minutes may cite (legal-grounds.md §4, ruleset fi-2026.2):
 * HL 28.1 §1–7 (Hallintolaki 434/2003), KL 97.1 and 97.3 (Kuntalaki 410/2015), HVAL 102.1 and
 * 102.3 (Laki hyvinvointialueesta 611/2021). HL28_1_6 is never produced by the engine, but a
 * secretary may still record it, so it is accepted here.
 */
export const GROUND_CODES = [
  'HL28_1_1',
  'HL28_1_2',
  'HL28_1_3',
  'HL28_1_4',
  'HL28_1_5',
  'HL28_1_6',
  'HL28_1_7',
  'KL97_1',
  'HVAL102_1',
  'KL97_3',
  'HVAL102_3',
] as const;

export type GroundCode = (typeof GROUND_CODES)[number];

export function isGroundCode(value: unknown): value is GroundCode {
  return typeof value === 'string' && (GROUND_CODES as readonly string[]).includes(value);
}
