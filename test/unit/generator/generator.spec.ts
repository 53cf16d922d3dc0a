import { createHash } from 'node:crypto';
import { generateDataset } from '../../../src/generator/generate';
import { BusinessIds } from '../../../src/generator/business-ids';
import { municipalCouncilSeats, countyCouncilSeats } from '../../../src/generator/body-specs';
import { finnishOffset } from '../../../src/generator/dates';
import { Prng } from '../../../src/generator/prng';
import type { ScaleName } from '../../../src/generator/scales';
import { isValidBusinessId, validateDataset, type Dataset } from '../../../src/import/validation';

function generate(scale: ScaleName, seed?: number): { text: string; counts: Readonly<Record<string, number>> } {
  const chunks: string[] = [];
  const summary = generateDataset({ scale, seed }, (chunk) => chunks.push(chunk));
  return { text: chunks.join(''), counts: summary.counts };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('data generator', () => {
  const small = generate('S');
  const doc = JSON.parse(small.text) as Dataset;

  it('writes byte-identical output for the same seed', () => {
    expect(sha256(generate('S').text)).toBe(sha256(small.text));
  });

  it('writes different output for another seed', () => {
    expect(sha256(generate('S', 7).text)).not.toBe(sha256(small.text));
  });

  it('writes a valid jaavi-dataset/1 document at scale S', () => {
    const result = validateDataset(doc);
    expect(result.ok ? [] : result.problems.slice(0, 20)).toEqual([]);
  });

  it('writes a valid jaavi-dataset/1 document at scale M', () => {
    const result = validateDataset(JSON.parse(generate('M').text));
    expect(result.ok ? [] : result.problems.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('counts what it wrote', () => {
    for (const key of ['organizations', 'persons', 'memberships', 'relationships', 'interests', 'events'] as const) {
      expect(small.counts[key]).toBe(doc[key]?.length);
    }
  });

  it('has the 30-item benchmark meeting in the largest city board', () => {
    const bench = doc.events?.find((e) => e.id === 'bench-kh-30');
    expect(bench?.agenda).toHaveLength(30);
    expect(bench?.organization_id).toMatch(/-kh$/);
    expect(bench?.status).toBe('planned');
  });

  it('gives about ten items to a meeting', () => {
    const events = doc.events ?? [];
    const average = events.reduce((sum, e) => sum + e.agenda.length, 0) / events.length;
    expect(average).toBeGreaterThan(8);
    expect(average).toBeLessThan(13);
  });

  it('records minutes for held meetings only', () => {
    for (const event of doc.events ?? []) {
      const recorded = event.agenda.some((item) => item.record !== undefined);
      expect(recorded).toBe(event.status === 'held');
    }
  });

  it('fills the dual roles: most county councillors are municipal councillors, some city board members sit on the county board', () => {
    const organizations = new Map((doc.organizations ?? []).map((o) => [o.id, o]));
    const current = (doc.memberships ?? []).filter((m) => m.start_date >= '2025-06-01' && m.role !== 'deputy');
    const seatsIn = (entityKind: string, bodyKind: string) =>
      new Set(
        current
          .filter((m) => {
            const body = organizations.get(m.organization_id);
            return body?.classification === bodyKind && organizations.get(body.parent_id ?? '')?.classification === entityKind;
          })
          .map((m) => m.person_id),
      );
    const countyCouncil = seatsIn('wellbeing_county', 'council');
    const municipalCouncil = seatsIn('municipality', 'council');
    const both = [...countyCouncil].filter((p) => municipalCouncil.has(p));
    expect(both.length / countyCouncil.size).toBeGreaterThan(0.5);
    const countyBoard = seatsIn('wellbeing_county', 'board');
    const cityBoard = seatsIn('municipality', 'board');
    expect([...countyBoard].filter((p) => cityBoard.has(p)).length).toBeGreaterThanOrEqual(1);
  });

  it('gives every board member a personal deputy and every council deputy an order', () => {
    const memberships = doc.memberships ?? [];
    const councils = new Set((doc.organizations ?? []).filter((o) => o.classification === 'council').map((o) => o.id));
    for (const m of memberships.filter((x) => x.role === 'deputy')) {
      if (councils.has(m.organization_id)) expect(m.deputy_order).toBeGreaterThanOrEqual(1);
      else expect(m.deputy_for).toBeDefined();
    }
  });
});

describe('generator building blocks', () => {
  it('draws the same sequence for the same seed, within bounds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const draws = Array.from({ length: 1000 }, () => a.int(3, 9));
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.int(3, 9)));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(9);
  });

  it('issues unique business IDs with valid check digits', () => {
    const ids = new BusinessIds(new Prng(1));
    const issued = Array.from({ length: 5000 }, () => ids.issue());
    expect(new Set(issued).size).toBe(issued.length);
    expect(issued.every(isValidBusinessId)).toBe(true);
  });

  it.each([
    [4_000, 13],
    [5_001, 27],
    [20_001, 43],
    [60_000, 51],
    [120_000, 59],
    [300_000, 67],
    [680_000, 79],
  ])('gives a municipality of %i residents a council of %i (KL 16 §)', (population, seats) => {
    expect(municipalCouncilSeats(population)).toBe(seats);
  });

  it.each([
    [150_000, 59],
    [300_000, 69],
    [500_000, 79],
    [700_000, 89],
  ])('gives a county of %i residents a regional council of %i (HVAL 23 §)', (population, seats) => {
    expect(countyCouncilSeats(population)).toBe(seats);
  });

  it.each([
    ['2026-03-28', '+02:00'],
    ['2026-03-29', '+03:00'],
    ['2026-10-24', '+03:00'],
    ['2026-10-25', '+02:00'],
  ])('writes %s with the Finnish offset %s', (day, offset) => {
    expect(finnishOffset(day)).toBe(offset);
  });
});
