/**
 * The bodies (toimielimet) each kind of public entity sets up, with seat counts by population
 * (councils: Kuntalaki 410/2015 16 §; regional councils: Laki hyvinvointialueesta 611/2021
 * 23 §) and how often they meet in a year.
 */
import type { Organization } from '../import/validation/dataset.types';
import type { BodyKind, EntityKind } from './world';

export interface BodySpec {
  readonly suffix: string;
  readonly kind: BodyKind;
  readonly classification: Organization['classification'];
  /** Finnish and Swedish names; `{city}` picks the city or municipality wording. */
  readonly fi: string | readonly [string, string];
  readonly sv: string | readonly [string, string];
  readonly topic: string;
  readonly perYear: number;
  readonly weekday: number;
  readonly hour: number;
  /** Suffix of the body a division belongs to. */
  readonly parent?: string;
  readonly seats: (population: number) => number;
}

/** KL 16 §: the smallest council for the municipality's population (2/3 quorum, KL 103.2). */
export function municipalCouncilSeats(population: number): number {
  if (population <= 5_000) return 13;
  if (population <= 20_000) return 27;
  if (population <= 50_000) return 43;
  if (population <= 100_000) return 51;
  if (population <= 250_000) return 59;
  if (population <= 500_000) return 67;
  return 79;
}

/** HVAL 23 §: regional council (aluevaltuusto) size by the county's population. */
export function countyCouncilSeats(population: number): number {
  if (population <= 200_000) return 59;
  if (population <= 400_000) return 69;
  if (population <= 600_000) return 79;
  return 89;
}

const bySize = (small: number, middle: number, large: number) => (population: number) =>
  population <= 5_000 ? small : population <= 30_000 ? middle : large;

const MUNICIPALITY: readonly BodySpec[] = [
  {
    suffix: 'kv',
    kind: 'council',
    classification: 'council',
    fi: ['Kaupunginvaltuusto', 'Kunnanvaltuusto'],
    sv: ['Stadsfullmäktige', 'Kommunfullmäktige'],
    topic: 'valtuusto',
    perYear: 10,
    weekday: 1,
    hour: 18,
    seats: municipalCouncilSeats,
  },
  {
    suffix: 'kh',
    kind: 'board',
    classification: 'board',
    fi: ['Kaupunginhallitus', 'Kunnanhallitus'],
    sv: ['Stadsstyrelsen', 'Kommunstyrelsen'],
    topic: 'hallinto',
    perYear: 22,
    weekday: 1,
    hour: 14,
    seats: (p) => (p <= 5_000 ? 7 : p <= 20_000 ? 9 : p <= 100_000 ? 11 : 13),
  },
  {
    suffix: 'tarla',
    kind: 'audit',
    classification: 'audit_committee',
    fi: 'Tarkastuslautakunta',
    sv: 'Revisionsnämnden',
    topic: 'tarkastus',
    perYear: 8,
    weekday: 3,
    hour: 15,
    seats: bySize(5, 7, 7),
  },
  {
    suffix: 'kvlk',
    kind: 'election',
    classification: 'other_body',
    fi: 'Keskusvaalilautakunta',
    sv: 'Centralvalnämnden',
    topic: 'vaalit',
    perYear: 4,
    weekday: 2,
    hour: 15,
    seats: () => 5,
  },
  {
    suffix: 'sila',
    kind: 'committee',
    classification: 'committee',
    fi: 'Sivistyslautakunta',
    sv: 'Bildningsnämnden',
    topic: 'sivistys',
    perYear: 11,
    weekday: 2,
    hour: 17,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'tela',
    kind: 'committee',
    classification: 'committee',
    fi: 'Tekninen lautakunta',
    sv: 'Tekniska nämnden',
    topic: 'tekninen',
    perYear: 11,
    weekday: 3,
    hour: 17,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'ymla',
    kind: 'committee',
    classification: 'committee',
    fi: 'Ympäristölautakunta',
    sv: 'Miljönämnden',
    topic: 'ympäristö',
    perYear: 10,
    weekday: 4,
    hour: 17,
    seats: bySize(7, 9, 9),
  },
  {
    suffix: 'rala',
    kind: 'committee',
    classification: 'committee',
    fi: 'Rakennus- ja lupalautakunta',
    sv: 'Bygg- och tillståndsnämnden',
    topic: 'lupa',
    perYear: 11,
    weekday: 2,
    hour: 16,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'vapla',
    kind: 'committee',
    classification: 'committee',
    fi: 'Vapaa-aikalautakunta',
    sv: 'Fritidsnämnden',
    topic: 'vapaa-aika',
    perYear: 10,
    weekday: 4,
    hour: 18,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'elila',
    kind: 'committee',
    classification: 'committee',
    fi: 'Elinvoimalautakunta',
    sv: 'Näringslivsnämnden',
    topic: 'elinvoima',
    perYear: 10,
    weekday: 3,
    hour: 16,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'kula',
    kind: 'committee',
    classification: 'committee',
    fi: 'Kulttuurilautakunta',
    sv: 'Kulturnämnden',
    topic: 'kulttuuri',
    perYear: 10,
    weekday: 2,
    hour: 18,
    seats: bySize(7, 9, 11),
  },
  {
    suffix: 'kj',
    kind: 'division',
    classification: 'division',
    parent: 'kh',
    fi: 'Konsernijaosto',
    sv: 'Koncernsektionen',
    topic: 'konserni',
    perYear: 8,
    weekday: 1,
    hour: 12,
    seats: bySize(5, 5, 7),
  },
  {
    suffix: 'hj',
    kind: 'division',
    classification: 'division',
    parent: 'kh',
    fi: 'Henkilöstöjaosto',
    sv: 'Personalsektionen',
    topic: 'henkilöstö',
    perYear: 8,
    weekday: 4,
    hour: 13,
    seats: bySize(5, 5, 7),
  },
];

const COUNTY: readonly BodySpec[] = [
  {
    suffix: 'av',
    kind: 'council',
    classification: 'council',
    fi: 'Aluevaltuusto',
    sv: 'Välfärdsområdesfullmäktige',
    topic: 'valtuusto',
    perYear: 9,
    weekday: 1,
    hour: 17,
    seats: countyCouncilSeats,
  },
  {
    suffix: 'ah',
    kind: 'board',
    classification: 'board',
    fi: 'Aluehallitus',
    sv: 'Välfärdsområdesstyrelsen',
    topic: 'hallinto',
    perYear: 24,
    weekday: 1,
    hour: 13,
    seats: () => 13,
  },
  {
    suffix: 'tarla',
    kind: 'audit',
    classification: 'audit_committee',
    fi: 'Tarkastuslautakunta',
    sv: 'Revisionsnämnden',
    topic: 'tarkastus',
    perYear: 8,
    weekday: 3,
    hour: 14,
    seats: () => 7,
  },
  {
    suffix: 'avlk',
    kind: 'election',
    classification: 'other_body',
    fi: 'Aluevaalilautakunta',
    sv: 'Områdesvalnämnden',
    topic: 'vaalit',
    perYear: 4,
    weekday: 2,
    hour: 14,
    seats: () => 5,
  },
  {
    suffix: 'sotela',
    kind: 'committee',
    classification: 'committee',
    fi: 'Sosiaali- ja terveyslautakunta',
    sv: 'Social- och hälsovårdsnämnden',
    topic: 'sote',
    perYear: 11,
    weekday: 2,
    hour: 16,
    seats: () => 13,
  },
  {
    suffix: 'pela',
    kind: 'committee',
    classification: 'committee',
    fi: 'Pelastuslautakunta',
    sv: 'Räddningsnämnden',
    topic: 'pelastus',
    perYear: 8,
    weekday: 4,
    hour: 16,
    seats: () => 9,
  },
  {
    suffix: 'ikla',
    kind: 'committee',
    classification: 'committee',
    fi: 'Ikääntyneiden palvelujen lautakunta',
    sv: 'Nämnden för äldreomsorg',
    topic: 'vanhus',
    perYear: 10,
    weekday: 3,
    hour: 16,
    seats: () => 11,
  },
  {
    suffix: 'lanula',
    kind: 'committee',
    classification: 'committee',
    fi: 'Lasten ja nuorten palvelujen lautakunta',
    sv: 'Nämnden för barn och unga',
    topic: 'lapset',
    perYear: 10,
    weekday: 4,
    hour: 17,
    seats: () => 11,
  },
  {
    suffix: 'tula',
    kind: 'committee',
    classification: 'committee',
    fi: 'Tulevaisuuslautakunta',
    sv: 'Framtidsnämnden',
    topic: 'kehittäminen',
    perYear: 8,
    weekday: 2,
    hour: 17,
    seats: () => 9,
  },
  {
    suffix: 'yj',
    kind: 'division',
    classification: 'division',
    parent: 'sotela',
    fi: 'Yksilöasioiden jaosto',
    sv: 'Sektionen för individärenden',
    topic: 'yksilö',
    perYear: 12,
    weekday: 3,
    hour: 12,
    seats: () => 5,
  },
  {
    suffix: 'hj',
    kind: 'division',
    classification: 'division',
    parent: 'ah',
    fi: 'Henkilöstöjaosto',
    sv: 'Personalsektionen',
    topic: 'henkilöstö',
    perYear: 8,
    weekday: 4,
    hour: 12,
    seats: () => 5,
  },
];

const REGIONAL_COUNCIL: readonly BodySpec[] = [
  {
    suffix: 'mv',
    kind: 'council',
    classification: 'council',
    fi: 'Maakuntavaltuusto',
    sv: 'Landskapsfullmäktige',
    topic: 'valtuusto',
    perYear: 4,
    weekday: 1,
    hour: 13,
    seats: (p) => (p <= 200_000 ? 45 : p <= 400_000 ? 59 : 79),
  },
  {
    suffix: 'mh',
    kind: 'board',
    classification: 'board',
    fi: 'Maakuntahallitus',
    sv: 'Landskapsstyrelsen',
    topic: 'maakunta',
    perYear: 12,
    weekday: 1,
    hour: 10,
    seats: () => 11,
  },
  {
    suffix: 'tarla',
    kind: 'audit',
    classification: 'audit_committee',
    fi: 'Tarkastuslautakunta',
    sv: 'Revisionsnämnden',
    topic: 'tarkastus',
    perYear: 6,
    weekday: 5,
    hour: 10,
    seats: () => 5,
  },
];

const ENTERPRISE: readonly BodySpec[] = [
  {
    suffix: 'jk',
    kind: 'enterprise_board',
    classification: 'board',
    fi: 'Johtokunta',
    sv: 'Direktionen',
    topic: 'liikelaitos',
    perYear: 8,
    weekday: 2,
    hour: 15,
    seats: () => 7,
  },
];

export const BODY_SPECS: Readonly<Record<EntityKind, readonly BodySpec[]>> = {
  municipality: MUNICIPALITY,
  county: COUNTY,
  regional_council: REGIONAL_COUNCIL,
  municipal_enterprise: ENTERPRISE,
  county_enterprise: ENTERPRISE,
};
