import { allocateSeats } from './allocate';
import { addDays } from './dates';
import { PARTY_GROUPS } from './names';
import type { People } from './people';
import type { Prng } from './prng';
import type { Body, PublicEntity, Region, Seat, Term } from './world';

export const MUNICIPAL_TERMS: readonly [Term, Term] = [
  { index: 0, start: '2021-08-01', end: '2025-05-31' },
  { index: 1, start: '2025-06-01' },
];
export const COUNTY_TERMS: readonly [Term, Term] = [
  { index: 0, start: '2022-03-01', end: '2025-05-31' },
  { index: 1, start: '2025-06-01' },
];

/** A group's people in one entity and term. */
interface Caucus {
  councillors: number[];
  deputies: number[];
  activists: number[];
}
type Roster = Map<string, Caucus>;
type Category = keyof Caucus;
type Mix = readonly [number, number, number];

const CATEGORIES: readonly Category[] = ['councillors', 'deputies', 'activists'];

/** Where a body's members and personal deputies come from: councillors, deputy councillors, others. */
const MIXES: Readonly<Record<Exclude<Body['kind'], 'council'>, { members: Mix; deputies: Mix }>> = {
  board: { members: [0.85, 0.15, 0], deputies: [0.3, 0.5, 0.2] },
  committee: { members: [0.35, 0.3, 0.35], deputies: [0.15, 0.35, 0.5] },
  audit: { members: [0.45, 0.3, 0.25], deputies: [0.1, 0.3, 0.6] },
  election: { members: [0, 0.3, 0.7], deputies: [0, 0.2, 0.8] },
  division: { members: [0.5, 0.3, 0.2], deputies: [0.2, 0.4, 0.4] },
  enterprise_board: { members: [0.3, 0.3, 0.4], deputies: [0.1, 0.3, 0.6] },
};

/** Mid-term changes: a member resigns and is replaced, in the current term only. */
const RESIGNATION_RATE = 0.03;
const FIRST_RESIGNATION = '2025-10-01';
const RESIGNATION_WINDOW_DAYS = 340;

/**
 * Fills every body's seats for both terms: councils by group with ordered deputies, other
 * bodies in proportion to the council groups with personal deputies (KL 31.3 / HVAL 32), and
 * the dual roles of real life: most county councillors are municipal councillors, some city
 * board members sit on the county board, regional councils are made of municipal councillors.
 */
export class SeatFiller {
  private readonly rosters = new Map<string, [Roster, Roster]>();
  private readonly load: [number[], number[]] = [[], []];

  constructor(
    private readonly rng: Prng,
    private readonly people: People,
  ) {}

  fillRegion(region: Region): void {
    for (const municipality of region.municipalities) this.fillMunicipality(municipality);
    this.fillCounty(region);
    if (region.regionalCouncil) this.fillRegionalCouncil(region, region.regionalCouncil);
    for (const enterprise of region.enterprises) {
      const owner = enterprise.kind === 'county_enterprise' ? region.county : region.municipalities[0];
      const terms = enterprise.kind === 'county_enterprise' ? COUNTY_TERMS : MUNICIPAL_TERMS;
      for (const term of terms) this.fillBodies(enterprise, term, this.roster(owner, term));
    }
  }

  private roster(entity: PublicEntity, term: Term): Roster {
    return this.rosters.get(entity.id)?.[term.index] ?? new Map<string, Caucus>();
  }

  private setRoster(entity: PublicEntity, term: Term, roster: Roster) {
    const both = this.rosters.get(entity.id) ?? [new Map<string, Caucus>(), new Map<string, Caucus>()];
    both[term.index] = roster;
    this.rosters.set(entity.id, both);
  }

  private groupWeights(entity: PublicEntity): [string, number][] {
    return PARTY_GROUPS.map(([group, weight]) => {
      let w = weight * (0.5 + this.rng.next());
      if (group === 'RKP') w *= entity.bilingual ? 8 : 0.1;
      if (group === 'Keskusta') w *= entity.population < 15_000 ? 2 : 0.6;
      if (group === 'Vihreät') w *= entity.population > 50_000 ? 1.6 : 0.5;
      return [group, w];
    });
  }

  private fillMunicipality(m: PublicEntity): void {
    const weights = this.groupWeights(m);
    for (const term of MUNICIPAL_TERMS) {
      const council = m.bodies.find((b) => b.kind === 'council') as Body;
      const shares = allocateSeats(
        council.seats,
        weights.map(([g, w]) => [g, w * (0.85 + 0.3 * this.rng.next())] as const),
      );
      const previous = term.index === 1 ? this.roster(m, MUNICIPAL_TERMS[0]) : new Map<string, Caucus>();
      const roster: Roster = new Map();
      const taken = new Set<number>();
      for (const [group, seats] of shares) {
        const before = previous.get(group);
        const keep = (list: number[] | undefined, p: number) => this.fromPrevious(list ?? [], p, taken);
        const councillors = this.fill(m, group, seats, keep([...(before?.councillors ?? []), ...(before?.deputies ?? [])], 0.65), taken);
        const deputies = this.fill(
          m,
          group,
          Math.max(2, seats),
          keep([...(before?.deputies ?? []), ...(before?.activists ?? [])], 0.5),
          taken,
        );
        const activists = this.fill(m, group, Math.ceil(seats * 0.7) + 1, keep(before?.activists, 0.6), taken);
        roster.set(group, { councillors, deputies, activists });
      }
      this.setRoster(m, term, roster);
      this.fillBodies(m, term, roster);
    }
  }

  /** Members of the county council: 3 in 4 are municipal councillors of the region. */
  private fillCounty(region: Region): void {
    const county = region.county;
    const weights = this.groupWeights(county);
    for (const term of COUNTY_TERMS) {
      const council = county.bodies.find((b) => b.kind === 'council') as Body;
      const shares = allocateSeats(council.seats, weights);
      const taken = new Set<number>();
      const roster: Roster = new Map();
      for (const [group, seats] of shares) {
        const fromMunicipal = (category: Category, share: number, count: number) => {
          const out: number[] = [];
          for (let i = 0; i < count; i++) {
            const m = this.rng.weighted(region.municipalities, (x) => x.population);
            const pool = this.roster(m, term).get(group)?.[category] ?? [];
            const found = this.rng.chance(share)
              ? this.rng.sample(
                  pool.filter((p) => !taken.has(p)),
                  1,
                )[0]
              : undefined;
            out.push(found ?? this.newPolitician(county, m, group));
            taken.add(out[out.length - 1]);
          }
          for (const p of out) this.register(county, group, p);
          return out;
        };
        roster.set(group, {
          councillors: fromMunicipal('councillors', 0.75, seats),
          deputies: fromMunicipal('deputies', 0.5, Math.max(2, seats)),
          activists: fromMunicipal('activists', 0.5, Math.ceil(seats * 0.5) + 1),
        });
      }
      this.setRoster(county, term, roster);
      const cityBoard = region.municipalities[0].bodies.find((b) => b.kind === 'board') as Body;
      const cityBoardMembers = this.principals(cityBoard, term).map((s) => s.person);
      this.fillBodies(county, term, roster, { board: this.rng.sample(cityBoardMembers, 3) });
    }
  }

  /** A regional council (maakuntavaltuusto) is made of the member municipalities' councillors. */
  private fillRegionalCouncil(region: Region, authority: PublicEntity): void {
    const weights = this.groupWeights(authority);
    for (const term of MUNICIPAL_TERMS) {
      const council = authority.bodies.find((b) => b.kind === 'council') as Body;
      const taken = new Set<number>();
      const roster: Roster = new Map();
      for (const [group, seats] of allocateSeats(council.seats, weights)) {
        const pick = (category: Category, count: number) =>
          Array.from({ length: count }, () => {
            const m = this.rng.weighted(region.municipalities, (x) => x.population);
            const pool = (this.roster(m, term).get(group)?.[category] ?? []).filter((p) => !taken.has(p));
            const person = pool.length > 0 ? this.rng.pick(pool) : this.newPolitician(authority, m, group);
            taken.add(person);
            this.register(authority, group, person);
            return person;
          });
        roster.set(group, { councillors: pick('councillors', seats), deputies: pick('deputies', seats), activists: pick('deputies', 2) });
      }
      this.setRoster(authority, term, roster);
      this.fillBodies(authority, term, roster);
    }
  }

  private fromPrevious(list: readonly number[], keepShare: number, taken: Set<number>): number[] {
    return this.rng.sample(list, list.length).filter((p) => !taken.has(p) && this.rng.chance(keepShare));
  }

  /** `count` people of `group`: those carried over first, then new party members. */
  private fill(entity: PublicEntity, group: string, count: number, carried: number[], taken: Set<number>): number[] {
    const out = carried.slice(0, count);
    while (out.length < count) out.push(this.newPolitician(entity, entity, group));
    for (const p of out) {
      taken.add(p);
      this.register(entity, group, p);
    }
    return out;
  }

  private newPolitician(entity: PublicEntity, home: PublicEntity, group: string): number {
    const person = this.people.create(home, true);
    this.register(entity, group, person);
    return person;
  }

  private register(entity: PublicEntity, group: string, person: number) {
    const list = entity.partyMembers.get(group) ?? [];
    if (!list.includes(person)) list.push(person);
    entity.partyMembers.set(group, list);
  }

  private principals(body: Body, term: Term): Seat[] {
    return body.terms[term.index].filter((s) => s.role !== 'deputy');
  }

  private fillBodies(entity: PublicEntity, term: Term, roster: Roster, preset: { board?: number[] } = {}): void {
    for (const body of entity.bodies) {
      if (body.kind === 'council') this.councilSeats(body, term, roster);
      else this.bodySeats(body, term, roster, body.kind === 'board' ? (preset.board ?? []) : []);
    }
  }

  private seat(body: Body, term: Term, id: string, person: number, role: Seat['role'], extra: Partial<Seat> = {}): Seat {
    const seat: Seat = { id, person, role, start: term.start, end: term.end, deputies: [], ...extra };
    body.terms[term.index].push(seat);
    this.load[term.index][person] = (this.load[term.index][person] ?? 0) + 1;
    return seat;
  }

  /** Councillors and ordered deputies by group; the largest groups hold the chair and vice-chairs. */
  private councilSeats(body: Body, term: Term, roster: Roster): void {
    const prefix = `${body.id}-t${term.index + 1}`;
    const groups = [...roster.entries()].sort((a, b) => b[1].councillors.length - a[1].councillors.length);
    let n = 0;
    const byGroup = new Map<string, { members: Seat[]; deputies: Seat[] }>();
    groups.forEach(([group, caucus], rank) => {
      const members = caucus.councillors.map((person, i) => {
        const role = i === 0 && rank === 0 ? 'chair' : i === 0 && rank <= 2 ? 'vice_chair' : 'member';
        return this.seat(body, term, `${prefix}-${String(++n).padStart(2, '0')}`, person, role, { group });
      });
      const deputies = caucus.deputies.map((person, i) =>
        this.seat(body, term, `${prefix}-v${String(++n).padStart(2, '0')}`, person, 'deputy', { group, deputyOrder: i + 1 }),
      );
      byGroup.set(group, { members, deputies });
    });
    if (term.index !== 1) return;
    // A councillor who resigns is followed by the group's first deputy still available.
    for (const { members, deputies } of byGroup.values()) {
      for (const member of members) {
        if (!this.rng.chance(RESIGNATION_RATE * 0.7)) continue;
        const next = deputies.find((d) => d.end === undefined);
        if (!next) continue;
        const leave = addDays(FIRST_RESIGNATION, this.rng.int(0, RESIGNATION_WINDOW_DAYS));
        member.end = leave;
        next.end = leave;
        this.seat(body, term, `${next.id}-b`, next.person, 'member', { group: member.group, start: addDays(leave, 1) });
      }
    }
  }

  /** Principal seats in proportion to the council groups, each with a personal deputy. */
  private bodySeats(body: Body, term: Term, roster: Roster, preset: number[]): void {
    const prefix = `${body.id}-t${term.index + 1}`;
    const mix = MIXES[body.kind as Exclude<Body['kind'], 'council'>];
    const inBody = new Set<number>(preset);
    const parentRoster = this.parentMembers(body, term);
    const weights = [...roster.entries()].map(([g, c]) => [g, c.councillors.length] as const);
    const shares = allocateSeats(body.seats - preset.length, weights);
    const picks: { person: number; group: string }[] = preset.map((person) => ({ person, group: '' }));
    for (const [group, seats] of shares) {
      for (let i = 0; i < seats; i++) {
        const fromParent = parentRoster.filter((p) => !inBody.has(p));
        const person =
          fromParent.length > 0 && this.rng.chance(0.6)
            ? this.rng.pick(fromParent)
            : this.choose(body.entity, roster, group, mix.members, inBody, term);
        inBody.add(person);
        picks.push({ person, group });
      }
    }
    // Chair from the largest group, vice-chair from the next: the preset people come last.
    const ordered = [...picks.slice(preset.length), ...picks.slice(0, preset.length)];
    ordered.forEach(({ person, group }, i) => {
      const role = i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member';
      const principal = this.seat(body, term, `${prefix}-${String(i + 1).padStart(2, '0')}`, person, role);
      const deputyGroup = group || this.rng.pick([...roster.keys()]);
      const deputyPerson = this.choose(body.entity, roster, deputyGroup, mix.deputies, inBody, term);
      inBody.add(deputyPerson);
      principal.deputies.push(this.seat(body, term, `${principal.id}v`, deputyPerson, 'deputy', { principal }));
      if (term.index === 1 && this.rng.chance(RESIGNATION_RATE))
        this.resign(body, term, principal, deputyGroup, mix.members, inBody, roster);
    });
  }

  /** A mid-term resignation: a new member from the same group, the deputy now stands in for them. */
  private resign(body: Body, term: Term, principal: Seat, group: string, mix: Mix, inBody: Set<number>, roster: Roster) {
    const leave = addDays(FIRST_RESIGNATION, this.rng.int(0, RESIGNATION_WINDOW_DAYS));
    const start = addDays(leave, 1);
    const successor = this.choose(body.entity, roster, group, mix, inBody, term);
    inBody.add(successor);
    principal.end = leave;
    const next = this.seat(body, term, `${principal.id}-b`, successor, principal.role, { start });
    const deputy = principal.deputies[0];
    deputy.end = leave;
    next.deputies.push(this.seat(body, term, `${deputy.id}-b`, deputy.person, 'deputy', { start, principal: next }));
  }

  /** A division is largely made of its parent body's members. */
  private parentMembers(body: Body, term: Term): number[] {
    if (body.kind !== 'division') return [];
    const parent = body.entity.bodies.find((b) => b.id === body.parentId);
    return parent ? parent.terms[term.index].map((s) => s.person) : [];
  }

  /** Someone of `group` not yet in the body, preferring those with fewer seats this term. */
  private choose(entity: PublicEntity, roster: Roster, group: string, mix: Mix, inBody: Set<number>, term: Term): number {
    const caucus = roster.get(group) ?? { councillors: [], deputies: [], activists: [] };
    const first = CATEGORIES[this.pickCategory(mix)];
    for (const category of [first, ...CATEGORIES.filter((c) => c !== first)]) {
      const free = caucus[category].filter((p) => !inBody.has(p));
      if (free.length === 0) continue;
      const candidates = this.rng.sample(free, 3);
      return candidates.reduce((best, p) => ((this.load[term.index][p] ?? 0) < (this.load[term.index][best] ?? 0) ? p : best));
    }
    const home = entity.kind === 'municipality' ? entity : entity.region.municipalities[0];
    const person = this.newPolitician(entity, home, group);
    caucus.activists.push(person);
    roster.set(group, caucus);
    return person;
  }

  private pickCategory(mix: Mix): number {
    const r = this.rng.next() * (mix[0] + mix[1] + mix[2]);
    return r < mix[0] ? 0 : r < mix[0] + mix[1] ? 1 : 2;
  }
}
