/**
 * The three data set sizes. L is national (21 wellbeing counties, ~270 municipalities, ~330
 * public entities); M one region; S one city and its county. Densities per resident are the
 * same at every scale, so S and M are slices of what L looks like.
 */

export type ScaleName = 'S' | 'M' | 'L';

export interface RegionSpec {
  /** Municipalities in the region, the central city first. */
  readonly municipalities: number;
  readonly centerPopulation: number;
  /** Swedish-speaking minority large enough for bilingual municipalities. */
  readonly bilingual: boolean;
}

export interface ScaleConfig {
  readonly name: ScaleName;
  readonly regions: readonly RegionSpec[];
  /** Whether each region has a regional council (maakuntaliitto, a joint municipal authority). */
  readonly regionalCouncils: boolean;
  /** Population of the county, when larger than its municipalities' (S: the rest of the county). */
  readonly countyExtraPopulation: number;
}

const NATIONAL_MUNICIPALITIES = [26, 24, 22, 18, 16, 15, 14, 14, 13, 13, 12, 12, 11, 10, 10, 9, 9, 8, 7, 6, 4];
const NATIONAL_CENTERS = [
  680_000, 260_000, 250_000, 210_000, 150_000, 145_000, 125_000, 122_000, 120_000, 105_000, 86_000, 78_000, 70_000, 66_000, 58_000, 52_000,
  48_000, 45_000, 40_000, 35_000, 30_000,
];
const BILINGUAL_REGIONS = new Set([0, 3, 12, 16]);

export const SCALES: Readonly<Record<ScaleName, ScaleConfig>> = {
  L: {
    name: 'L',
    regions: NATIONAL_MUNICIPALITIES.map((municipalities, i) => ({
      municipalities,
      centerPopulation: NATIONAL_CENTERS[i],
      bilingual: BILINGUAL_REGIONS.has(i),
    })),
    regionalCouncils: true,
    countyExtraPopulation: 0,
  },
  M: {
    name: 'M',
    regions: [{ municipalities: 14, centerPopulation: 125_000, bilingual: false }],
    regionalCouncils: true,
    countyExtraPopulation: 0,
  },
  S: {
    name: 'S',
    regions: [{ municipalities: 1, centerPopulation: 122_000, bilingual: true }],
    regionalCouncils: false,
    countyExtraPopulation: 130_000,
  },
};

/** Private entities (companies, associations, foundations) per resident. */
export const PRIVATE_ENTITIES_PER_RESIDENT = 0.0097;

/** The meeting year, and the day before which meetings are held (after: planned). */
export const MEETING_YEAR = 2026;
export const HELD_BEFORE = '2026-10-01';

export const DEFAULT_SEED = 20_260_101;
