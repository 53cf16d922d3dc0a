/**
 * The ground table of ruleset `fi-2026.2`: every code the engine may cite, with the statute it
 * rests on. Table order is the order grounds are listed in a finding.
 */

/** Version of the rules; stored with every run so old results stay explainable. */
export const RULESET = 'fi-2026.2';

export type GroundCode =
  | 'HL28_1_1'
  | 'HL28_1_2'
  | 'HL28_1_3'
  | 'HL28_1_4'
  | 'HL28_1_5'
  | 'HL28_1_6'
  | 'HL28_1_7'
  | 'KL97_1'
  | 'HVAL102_1'
  | 'KL97_3'
  | 'HVAL102_3';

export interface Ground {
  readonly code: GroundCode;
  readonly statute: string;
  readonly titleFi: string;
  readonly titleEn: string;
  /** First day the ground applies in this form (KL 97 as amended 1.6.2017; HVAL from 2021). */
  readonly validFrom: string;
}

export const GROUNDS: readonly Ground[] = [
  { code: 'HL28_1_1', statute: 'HL 28.1 § 1 k.', titleFi: 'Asianosaisjäävi', titleEn: 'Party to the matter', validFrom: '2004-01-01' },
  { code: 'HL28_1_2', statute: 'HL 28.1 § 2 k.', titleFi: 'Edustusjäävi', titleEn: 'Representative of a party', validFrom: '2004-01-01' },
  { code: 'HL28_1_3', statute: 'HL 28.1 § 3 k.', titleFi: 'Intressijäävi', titleEn: 'Particular benefit or loss', validFrom: '2004-01-01' },
  { code: 'HL28_1_4', statute: 'HL 28.1 § 4 k.', titleFi: 'Palvelussuhdejäävi', titleEn: 'Employment or contract with a party', validFrom: '2004-01-01' },
  { code: 'HL28_1_5', statute: 'HL 28.1 § 5 k.', titleFi: 'Yhteisöjäävi', titleEn: 'Board position in a party', validFrom: '2004-01-01' },
  { code: 'HL28_1_6', statute: 'HL 28.1 § 6 k.', titleFi: 'Valvontajäävi', titleEn: 'Supervisory role', validFrom: '2004-01-01' },
  { code: 'HL28_1_7', statute: 'HL 28.1 § 7 k.', titleFi: 'Yleislauseke', titleEn: 'General clause: impartiality endangered', validFrom: '2004-01-01' },
  { code: 'KL97_1', statute: 'KL 97.1 §', titleFi: 'Valtuutetun esteellisyys', titleEn: 'Municipal councillor: personal matter', validFrom: '2017-06-01' },
  { code: 'HVAL102_1', statute: 'HVAL 102.1 §', titleFi: 'Aluevaltuutetun esteellisyys', titleEn: 'Regional councillor: personal matter', validFrom: '2021-07-01' },
  { code: 'KL97_3', statute: 'KL 97.3 §', titleFi: 'Valmistellut asian kunnan palveluksessa', titleEn: 'Municipal employee who prepared or presented the matter', validFrom: '2017-06-01' },
  { code: 'HVAL102_3', statute: 'HVAL 102.3 §', titleFi: 'Valmistellut asian hyvinvointialueen palveluksessa', titleEn: 'County employee who prepared or presented the matter', validFrom: '2021-07-01' },
];

const ORDER = new Map<GroundCode, number>(GROUNDS.map((g, i) => [g.code, i]));

export function ground(code: GroundCode): Ground {
  const found = GROUNDS[ORDER.get(code) ?? -1];
  if (!found) throw new Error(`unknown ground code ${code}`);
  return found;
}

export function isGroundCode(value: string): value is GroundCode {
  return ORDER.has(value as GroundCode);
}

/** Sorts and de-duplicates codes in table order. */
export function sortGrounds(codes: Iterable<GroundCode>): GroundCode[] {
  return [...new Set(codes)].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
