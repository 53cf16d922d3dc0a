import type { Membership } from '../import/validation/dataset.types';
import type { EntityRole } from '../common/vocabulary';
import { addDays } from './dates';
import type { People } from './people';
import type { PrivateEntities } from './private-entities';
import type { Prng } from './prng';
import type { Position, PublicEntity, Region } from './world';

const COUNTY_JOBS = ['sairaanhoitaja', 'lähihoitaja', 'lääkäri', 'sosiaalityöntekijä', 'ensihoitaja', 'fysioterapeutti', 'osastonhoitaja'];
const MUNICIPAL_JOBS = [
  'luokanopettaja',
  'rehtori',
  'varhaiskasvatuksen opettaja',
  'kirjastonhoitaja',
  'rakennusmestari',
  'liikuntasihteeri',
];
const OFFICIAL_TITLES = ['johtaja', 'hallintojohtaja'];

/**
 * Positions and employments in entities: officials of the public entities, politicians who work
 * for their county or municipality, and the boards and chief executives of private entities,
 * partly held by local politicians and their relatives, as in real life.
 */
export class Positions {
  readonly all: Position[] = [];
  readonly byPerson = new Map<number, Position[]>();
  readonly byOrg = new Map<string, Position[]>();
  private count = 0;
  /** Business people per municipality, who often hold several positions. */
  private readonly businessPeople = new Map<string, number[]>();

  constructor(
    private readonly rng: Prng,
    private readonly people: People,
  ) {}

  add(person: number, organizationId: string, role: EntityRole, start: string, end?: string, label?: string): Position {
    this.count += 1;
    // An end before the start (both drawn at random) means the position simply continues.
    if (end !== undefined && end < start) end = undefined;
    const membership: Membership = {
      id: `pos-${String(this.count).padStart(6, '0')}`,
      person_id: this.people.id(person),
      organization_id: organizationId,
      role,
      start_date: start,
      ...(end ? { end_date: end } : {}),
      ...(label ? { label } : {}),
    };
    const position = { person, membership };
    this.all.push(position);
    push(this.byPerson, person, position);
    push(this.byOrg, organizationId, position);
    return position;
  }

  /** Officials of every public entity, and politicians employed by their county or municipality. */
  employments(region: Region): void {
    const entities = [
      ...region.municipalities,
      region.county,
      ...(region.regionalCouncil ? [region.regionalCouncil] : []),
      ...region.enterprises,
    ];
    for (const entity of entities) {
      entity.officials.forEach((person, i) => {
        const title = i < OFFICIAL_TITLES.length ? OFFICIAL_TITLES[i] : i % 3 === 0 ? 'suunnittelija' : 'asiantuntija';
        this.add(person, entity.id, 'employee', this.pastDate(2004, 2024), undefined, title);
      });
    }
    for (const m of region.municipalities) {
      for (const person of m.residents.filter((p) => this.people.all[p].politician)) {
        const r = this.rng.next();
        if (r < 0.12)
          this.add(person, region.county.id, 'employee', this.pastDate(1995, 2025), this.maybeEnded(0.08), this.rng.pick(COUNTY_JOBS));
        else if (r < 0.18)
          this.add(person, m.id, 'employee', this.pastDate(1995, 2025), this.maybeEnded(0.08), this.rng.pick(MUNICIPAL_JOBS));
        else if (r < 0.19) this.add(person, m.id, 'contractor', this.pastDate(2018, 2025), this.maybeEnded(0.2), 'konsultti');
      }
    }
  }

  /** Boards and chief executives of the region's private entities. */
  privatePositions(region: Region, privates: PrivateEntities): void {
    for (const m of region.municipalities) {
      const politicians = m.residents.filter((p) => this.people.all[p].politician);
      for (const id of m.localOrgs) {
        const entity = privates.byId.get(id);
        if (!entity) continue;
        const owned = entity.record.owners !== undefined;
        const pick = (politicianShare: number) =>
          politicians.length > 0 && this.rng.chance(politicianShare) ? this.rng.pick(politicians) : this.businessPerson(m);
        const roles: EntityRole[] = [];
        switch (entity.record.classification) {
          case 'company':
            if (owned) roles.push('board_chair', 'board_member', 'board_member', 'ceo');
            else {
              if (this.rng.chance(0.55)) roles.push('ceo');
              if (this.rng.chance(0.6)) roles.push('board_chair');
              if (this.rng.chance(0.45)) roles.push('board_member');
              if (this.rng.chance(0.3)) roles.push('board_member');
              if (this.rng.chance(0.15)) roles.push('deputy_board_member');
            }
            break;
          case 'association':
            roles.push('board_chair');
            if (this.rng.chance(0.4)) roles.push('board_member');
            break;
          default:
            roles.push('board_chair', 'board_member', 'ceo');
        }
        const holders = new Set<number>();
        for (const role of roles) {
          const share = owned ? (role === 'ceo' ? 0 : 0.8) : entity.record.classification === 'association' ? 0.3 : 0.12;
          const person = pick(share);
          if (holders.has(person)) continue;
          holders.add(person);
          // A few start within the meeting year: recorded before they are in force.
          const start = this.rng.chance(0.03) ? addDays('2026-02-01', this.rng.int(0, 270)) : this.pastDate(2008, 2025);
          this.add(person, id, role, start, this.maybeEnded(0.05));
        }
      }
    }
  }

  private businessPerson(home: PublicEntity): number {
    const known = this.businessPeople.get(home.id) ?? [];
    if (known.length > 0 && this.rng.chance(0.55)) return this.rng.pick(known);
    const residents = home.residents;
    const person = residents.length > 0 && this.rng.chance(0.55) ? this.rng.pick(residents) : this.people.create(home, false);
    known.push(person);
    this.businessPeople.set(home.id, known);
    return person;
  }

  private pastDate(fromYear: number, toYear: number): string {
    const year = this.rng.int(fromYear, toYear);
    return `${year}-${String(this.rng.int(1, 12)).padStart(2, '0')}-01`;
  }

  /** An end date between 1.9.2025 and 30.9.2026 (within a year before or during the meeting year). */
  private maybeEnded(share: number): string | undefined {
    return this.rng.chance(share) ? addDays('2025-09-01', this.rng.int(0, 394)) : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
