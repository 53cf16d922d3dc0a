/**
 * The ground table of ruleset `fi-2026.2`: every code the engine may cite, with the statute it
 * rests on, its place in the statute (section, subsection, paragraph) and its title in Finnish,
 * Swedish and English. Table order is the order grounds are listed in a finding.
 *
 * Codes (`HL28_1_5`) are for the JSON formats only; people read the citation (`i18n/`).
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

/** The three statutes: hallintolaki, kuntalaki, laki hyvinvointialueesta. */
export type StatuteCode = 'HL' | 'KL' | 'HVAL';

export type TextLang = 'fi' | 'sv' | 'en';

export interface Statute {
  readonly code: StatuteCode;
  /** Number in the statute book (Suomen säädöskokoelma). */
  readonly number: string;
  /** Abbreviation per language: Finnish and Swedish as Finlex's texts use them; English our own. */
  readonly abbreviation: Readonly<Record<TextLang, string>>;
  readonly name: Readonly<Record<TextLang, string>>;
}

export const STATUTES: Readonly<Record<StatuteCode, Statute>> = {
  HL: {
    code: 'HL',
    number: '434/2003',
    abbreviation: { fi: 'HL', sv: 'FL', en: 'APA' },
    name: { fi: 'hallintolaki', sv: 'förvaltningslagen', en: 'Administrative Procedure Act' },
  },
  KL: {
    code: 'KL',
    number: '410/2015',
    abbreviation: { fi: 'KL', sv: 'KomL', en: 'LGA' },
    name: { fi: 'kuntalaki', sv: 'kommunallagen', en: 'Local Government Act' },
  },
  HVAL: {
    code: 'HVAL',
    number: '611/2021',
    abbreviation: { fi: 'HVAL', sv: 'VälfOL', en: 'WSCA' },
    name: { fi: 'laki hyvinvointialueesta', sv: 'lagen om välfärdsområden', en: 'Act on Wellbeing Services Counties' },
  },
};

/** A place in a statute: `28 § 1 mom. 5 k.` is section 28, subsection 1, paragraph 5. */
export interface StatuteRef {
  readonly statute: StatuteCode;
  readonly section: number;
  readonly subsection?: number;
  readonly paragraph?: number;
}

export interface Ground {
  readonly code: GroundCode;
  readonly ref: StatuteRef;
  /** Finnish citation in standard notation (`HL 28 § 1 mom. 5 k.`), for logs and code comments. */
  readonly statute: string;
  readonly title: Readonly<Record<TextLang, string>>;
  /** First day the ground applies in this form (KL 97 as amended 1.6.2017; HVAL from 2021). */
  readonly validFrom: string;
}

function g(code: GroundCode, ref: StatuteRef, title: Record<TextLang, string>, validFrom: string): Ground {
  const fi = `${STATUTES[ref.statute].abbreviation.fi} ${ref.section} §${ref.subsection ? ` ${ref.subsection} mom.` : ''}${ref.paragraph ? ` ${ref.paragraph} k.` : ''}`;
  return { code, ref, statute: fi, title, validFrom };
}

const hl = (paragraph: number): StatuteRef => ({ statute: 'HL', section: 28, subsection: 1, paragraph });

export const GROUNDS: readonly Ground[] = [
  g('HL28_1_1', hl(1), { fi: 'asianosaisjäävi', sv: 'partsjäv', en: 'party to the matter' }, '2004-01-01'),
  g('HL28_1_2', hl(2), { fi: 'edustusjäävi', sv: 'ombudsjäv', en: 'representative of a party' }, '2004-01-01'),
  g('HL28_1_3', hl(3), { fi: 'intressijäävi', sv: 'intressejäv', en: 'particular benefit or loss' }, '2004-01-01'),
  g(
    'HL28_1_4',
    hl(4),
    { fi: 'palvelussuhdejäävi', sv: 'anställnings- eller uppdragsjäv', en: 'employment or contract with a party' },
    '2004-01-01',
  ),
  g('HL28_1_5', hl(5), { fi: 'yhteisöjäävi', sv: 'samfundsjäv', en: 'board position in a party' }, '2004-01-01'),
  g('HL28_1_6', hl(6), { fi: 'valvontajäävi', sv: 'tillsynsjäv', en: 'supervisory role' }, '2004-01-01'),
  g(
    'HL28_1_7',
    hl(7),
    {
      fi: 'yleislauseke: luottamus puolueettomuuteen vaarantuu',
      sv: 'allmän jävsgrund: tilltron till opartiskheten äventyras',
      en: 'general clause: impartiality endangered',
    },
    '2004-01-01',
  ),
  g(
    'KL97_1',
    { statute: 'KL', section: 97, subsection: 1 },
    {
      fi: 'valtuutetun esteellisyys omassa asiassa',
      sv: 'fullmäktigeledamots jäv i ett eget ärende',
      en: 'municipal councillor: personal matter',
    },
    '2017-06-01',
  ),
  g(
    'HVAL102_1',
    { statute: 'HVAL', section: 102, subsection: 1 },
    {
      fi: 'aluevaltuutetun esteellisyys omassa asiassa',
      sv: 'regionfullmäktigeledamots jäv i ett eget ärende',
      en: 'regional councillor: personal matter',
    },
    '2021-07-01',
  ),
  g(
    'KL97_3',
    { statute: 'KL', section: 97, subsection: 3 },
    {
      fi: 'valmistellut tai esitellyt asian kunnan palveluksessa',
      sv: 'har berett eller föredragit ärendet i kommunens tjänst',
      en: 'municipal employee who prepared or presented the matter',
    },
    '2017-06-01',
  ),
  g(
    'HVAL102_3',
    { statute: 'HVAL', section: 102, subsection: 3 },
    {
      fi: 'valmistellut tai esitellyt asian hyvinvointialueen palveluksessa',
      sv: 'har berett eller föredragit ärendet i välfärdsområdets tjänst',
      en: 'county employee who prepared or presented the matter',
    },
    '2021-07-01',
  ),
];

const ORDER = new Map<GroundCode, number>(GROUNDS.map((x, i) => [x.code, i]));

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
