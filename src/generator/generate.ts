import { AgendaWriter } from './agenda';
import type { Registry } from './agenda-context';
import { BusinessIds } from './business-ids';
import { Interests } from './interests';
import { JsonDatasetWriter } from './json-writer';
import { Meetings } from './meetings';
import { People } from './people';
import { Places } from './places';
import { Positions } from './positions';
import { PrivateEntities } from './private-entities';
import { Prng } from './prng';
import { bodyRecord, entityRecord, seatRecord } from './records';
import { Relatives } from './relatives';
import { DEFAULT_SEED, SCALES, type ScaleName } from './scales';
import { SeatFiller } from './seats';
import type { PublicEntity, Region } from './world';

export interface GenerateOptions {
  readonly scale: ScaleName;
  readonly seed?: number;
}

export interface GenerateSummary {
  readonly scale: ScaleName;
  readonly seed: number;
  readonly bytes: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly benchMeetingId: string;
}

function entitiesOf(region: Region): PublicEntity[] {
  return [region.county, ...(region.regionalCouncil ? [region.regionalCouncil] : []), ...region.municipalities, ...region.enterprises];
}

/**
 * Generates a `jaavi-dataset/1` document of the given scale, deterministically for a seed
 * (same seed, same bytes), handing it to `sink` in chunks. The registry is built in memory;
 * the meetings are generated while writing.
 */
export function generateDataset(options: GenerateOptions, sink: (chunk: string) => void): GenerateSummary {
  const config = SCALES[options.scale];
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = new Prng(seed);
  const businessIds = new BusinessIds(rng.fork(1));
  const people = new People(rng.fork(2));
  const regions = new Places(rng.fork(3), people, businessIds).build(config);
  const entities = regions.flatMap(entitiesOf);

  const seats = new SeatFiller(rng.fork(4), people);
  for (const region of regions) seats.fillRegion(region);
  const privates = new PrivateEntities(rng.fork(5), businessIds);
  for (const region of regions) privates.buildRegion(region);
  const positions = new Positions(rng.fork(6), people);
  for (const region of regions) positions.employments(region);

  for (const region of regions) positions.privatePositions(region, privates);
  const relatives = new Relatives(rng.fork(7), people);
  for (const m of regions.flatMap((r) => r.municipalities)) relatives.familiesOf(m);

  const interests = new Interests(rng.fork(8), people, privates);
  const declarers = new Set<number>();
  for (const entity of entities) {
    // Officials who present or prepare must declare too (KL 84 §).
    entity.officials.forEach((p) => declarers.add(p));
    for (const body of entity.bodies) if (body.kind !== 'election') body.terms[1].forEach((s) => declarers.add(s.person));
  }
  for (const p of [...declarers].sort((a, b) => a - b)) interests.declare(people.all[p].home, p);

  const boardSeats = new Map<number, string[]>();
  for (const entity of entities) {
    for (const body of entity.bodies.filter((b) => b.classification === 'board')) {
      for (const seat of body.terms[1].filter((s) => s.role !== 'deputy')) {
        const list = boardSeats.get(seat.person) ?? [];
        if (!list.includes(entity.id)) list.push(entity.id);
        boardSeats.set(seat.person, list);
      }
    }
  }
  const registry: Registry = {
    rng: rng.fork(9),
    people,
    privates,
    positions,
    relatives,
    interests,
    publicById: new Map(entities.map((e) => [e.id, e])),
    boardSeats,
  };
  const largest = regions.flatMap((r) => r.municipalities).reduce((a, b) => (b.population > a.population ? b : a));
  const meetings = new Meetings(registry, new AgendaWriter(registry), `${largest.id}-kh`);

  const out = new JsonDatasetWriter(sink);
  out.open('organizations');
  for (const entity of entities) {
    out.item(entityRecord(entity));
    for (const body of entity.bodies) out.item(bodyRecord(body));
  }
  for (const entity of privates.all) out.item(entity.record);
  out.close();
  out.open('persons');
  for (let i = 0; i < people.all.length; i++) out.item(people.record(i));
  out.close();
  out.open('memberships');
  for (const entity of entities) {
    for (const body of entity.bodies)
      for (const term of body.terms) for (const seat of term) out.item(seatRecord(body, seat, (p) => people.id(p)));
  }
  for (const position of positions.all) out.item(position.membership);
  out.close();
  out.open('relationships');
  for (const record of relatives.records) out.item(record);
  out.close();
  out.open('interests');
  for (const record of interests.records) out.item(record);
  out.close();
  out.open('events');
  let items = 0;
  for (const entity of entities) {
    for (const event of meetings.forEntity(entity)) {
      items += event.agenda.length;
      out.item(event);
    }
  }
  out.close();
  out.end();
  return { scale: config.name, seed, bytes: out.bytes, counts: { ...out.counts, agendaItems: items }, benchMeetingId: 'bench-kh-30' };
}
