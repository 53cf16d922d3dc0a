import type { BusinessIds } from './business-ids';
import { BODY_SPECS, type BodySpec } from './body-specs';
import { PLACE_PREFIXES, PLACE_SUFFIXES, REGION_ROOTS } from './names';
import type { People } from './people';
import type { Prng } from './prng';
import type { RegionSpec, ScaleConfig } from './scales';
import type { Body, EntityKind, PublicEntity, Region } from './world';

const SMALLEST = 1_500;
const LARGEST_OTHER = 42_000;

/** `Koivujoki` → `koivujoki`, for ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Regions with their wellbeing county, regional council, municipalities, enterprises and every
 * body of each, with the officials who present and take minutes. Seats are filled later.
 */
export class Places {
  private readonly usedPlaces = new Set<string>();
  private municipalityNumber = 5;

  constructor(
    private readonly rng: Prng,
    private readonly people: People,
    private readonly businessIds: BusinessIds,
  ) {}

  build(config: ScaleConfig): Region[] {
    return config.regions.map((spec, index) => this.region(config, spec, index));
  }

  private region(config: ScaleConfig, spec: RegionSpec, index: number): Region {
    const [name, genitive, sv] = REGION_ROOTS[index % REGION_ROOTS.length];
    const region: Region = {
      index,
      name,
      genitive,
      svName: sv,
      bilingual: spec.bilingual,
      county: undefined as unknown as PublicEntity,
      municipalities: [],
      enterprises: [],
    };
    for (let i = 0; i < spec.municipalities; i++) {
      const population = i === 0 ? spec.centerPopulation : this.smallerPopulation();
      region.municipalities.push(this.municipality(region, population, i === 0));
    }
    const population = region.municipalities.reduce((sum, m) => sum + m.population, 0) + config.countyExtraPopulation;
    region.county = this.entity(region, {
      id: `hva-${slug(name)}`,
      name: `${genitive} hyvinvointialue`,
      svName: `${sv} välfärdsområde`,
      genitive,
      kind: 'county',
      classification: 'wellbeing_county',
      population,
      city: false,
      bilingual: spec.bilingual,
      abbreviation: `${name} hyva`,
    });
    if (config.regionalCouncils) {
      region.regionalCouncil = this.entity(region, {
        id: `liitto-${slug(name)}`,
        name: `${genitive} liitto`,
        svName: `Förbundet för ${sv.replace(/s$/, '')}`,
        genitive,
        kind: 'regional_council',
        classification: 'joint_municipal_authority',
        population,
        city: false,
        bilingual: spec.bilingual,
        memberIds: region.municipalities.map((m) => m.id),
      });
    }
    const center = region.municipalities[0];
    if (center.population >= 50_000) {
      region.enterprises.push(
        this.entity(region, {
          id: `${center.id}-vesi`,
          name: `${center.genitive} Vesi -liikelaitos`,
          svName: `${center.svName.split(' ')[0]} Vatten affärsverk`,
          genitive: center.genitive,
          kind: 'municipal_enterprise',
          classification: 'municipal_enterprise',
          parentId: center.id,
          population: center.population,
          city: true,
          bilingual: center.bilingual,
          home: center,
        }),
      );
    }
    if (index % 3 === 0) {
      region.enterprises.push(
        this.entity(region, {
          id: `${region.county.id}-tukipalvelut`,
          name: `${genitive} Tukipalvelut -liikelaitos`,
          svName: `${sv} stödtjänster affärsverk`,
          genitive,
          kind: 'county_enterprise',
          classification: 'county_enterprise',
          parentId: region.county.id,
          population,
          city: false,
          bilingual: spec.bilingual,
        }),
      );
    }
    return region;
  }

  /** Log-uniform between 1 500 and 42 000, skewed small like Finland's municipalities. */
  private smallerPopulation(): number {
    const u = this.rng.next() ** 1.5;
    return Math.round(Math.exp(Math.log(SMALLEST) + u * Math.log(LARGEST_OTHER / SMALLEST)) / 10) * 10;
  }

  private placeName(): readonly [string, string, string] {
    for (;;) {
      const [prefix, svPrefix] = this.rng.pick(PLACE_PREFIXES);
      const [suffix, genitiveSuffix, svSuffix] = this.rng.pick(PLACE_SUFFIXES);
      const name = prefix + suffix;
      if (this.usedPlaces.has(name)) continue;
      this.usedPlaces.add(name);
      // Björk + ö, Rönn + näs: Swedish compounds drop a third repeated letter.
      return [name, prefix + genitiveSuffix, (svPrefix + svSuffix).replace(/(.)\1\1/g, '$1$1')];
    }
  }

  private municipality(region: Region, population: number, center: boolean): PublicEntity {
    const [name, genitive, sv] = this.placeName();
    const city = center || population >= 20_000 || (population >= 9_000 && this.rng.chance(0.4));
    const bilingual = region.bilingual && (center || this.rng.chance(0.4));
    const number = String(this.municipalityNumber).padStart(3, '0');
    this.municipalityNumber += this.rng.int(1, 3);
    return this.entity(region, {
      id: `k-${slug(name)}`,
      name: `${genitive} ${city ? 'kaupunki' : 'kunta'}`,
      svName: `${sv} ${city ? 'stad' : 'kommun'}`,
      genitive,
      kind: 'municipality',
      classification: 'municipality',
      population,
      city,
      bilingual,
      extraIdentifier: { scheme: 'fi:kuntanumero', identifier: number },
    });
  }

  private entity(
    region: Region,
    a: {
      id: string;
      name: string;
      svName: string;
      genitive: string;
      kind: EntityKind;
      classification: PublicEntity['classification'];
      population: number;
      city: boolean;
      bilingual: boolean;
      parentId?: string;
      memberIds?: string[];
      abbreviation?: string;
      extraIdentifier?: { scheme: string; identifier: string };
      /** The municipality whose residents work here (enterprises). */
      home?: PublicEntity;
    },
  ): PublicEntity {
    const entity: PublicEntity = {
      id: a.id,
      name: a.name,
      svName: a.svName,
      genitive: a.genitive,
      kind: a.kind,
      classification: a.classification,
      parentId: a.parentId,
      population: a.population,
      region,
      city: a.city,
      bilingual: a.bilingual,
      bodies: [],
      identifiers: [{ scheme: 'fi:ytunnus', identifier: this.businessIds.issue() }, ...(a.extraIdentifier ? [a.extraIdentifier] : [])],
      otherNames: [{ name: a.svName, lang: 'sv' }, ...(a.abbreviation ? [{ name: a.abbreviation, note: 'lyhenne' }] : [])],
      memberIds: a.memberIds,
      officials: [],
      localOrgs: [],
      ownedCompanies: [],
      residents: [],
      partyMembers: new Map(),
    };
    const home = a.home ?? (a.kind === 'municipality' ? entity : region.municipalities[0]);
    for (const spec of BODY_SPECS[a.kind]) entity.bodies.push(this.body(entity, spec));
    this.appointOfficials(entity, home);
    return entity;
  }

  private body(entity: PublicEntity, spec: BodySpec): Body {
    const wording = (text: string | readonly [string, string]) => (typeof text === 'string' ? text : text[entity.city ? 0 : 1]);
    return {
      id: `${entity.id}-${spec.suffix}`,
      name: wording(spec.fi),
      svName: wording(spec.sv),
      classification: spec.classification,
      kind: spec.kind,
      entity,
      parentId: spec.parent ? `${entity.id}-${spec.parent}` : entity.id,
      seats: spec.seats(entity.population),
      terms: [[], []],
      meetingsPerYear: spec.perYear,
      weekday: spec.weekday,
      hour: spec.hour,
      topic: spec.topic,
      presenter: -1,
      minuteTaker: -1,
    };
  }

  /**
   * The chief executive presents to the board, a sector director to each committee; the
   * administrative director keeps the board's and the council's minutes. Preparers scale with
   * the population.
   */
  private appointOfficials(entity: PublicEntity, home: PublicEntity): void {
    const official = () => {
      const person = this.people.create(home, false);
      entity.officials.push(person);
      return person;
    };
    const chief = official();
    const administration = official();
    for (const body of entity.bodies) {
      if (body.kind === 'council' || body.kind === 'election') {
        body.minuteTaker = administration;
      } else if (body.kind === 'board' || body.kind === 'enterprise_board') {
        body.presenter = chief;
        body.minuteTaker = administration;
      } else if (body.kind === 'division') {
        body.presenter = chief;
        body.minuteTaker = official();
      } else if (body.kind === 'audit') {
        body.minuteTaker = official();
      } else {
        body.presenter = official();
        body.minuteTaker = official();
      }
    }
    const preparers = Math.min(30, 2 + Math.floor(entity.population / 25_000));
    for (let i = 0; i < preparers; i++) official();
  }
}
