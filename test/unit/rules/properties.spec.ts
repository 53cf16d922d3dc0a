/**
 * Invariants over generated registries (fast-check): the report does not depend on the order
 * of the dataset, unrelated records change nothing, and no finding cites a position that is not
 * in force on D unless the general clause cites it as ended or future.
 */
import fc from 'fast-check';
import {
  audit,
  evaluate,
  factsFromDataset,
  inRange,
  toAuditDocument,
  toCheckDocument,
  upstreamFactsFromDataset,
  type CheckReport,
} from '../../../src/rules';
import { validator } from './schemas';
import { BASE_ORGS } from './world';

const D = '2026-03-10';
const STARTS = ['2019-01-01', '2025-06-01', '2025-12-01', D, '2026-04-01'];
const ENDS = [null, '2025-05-31', '2025-12-31', '2026-03-09', D, '2027-01-01'];
const BODIES = ['k-kh', 'k-tl', 'k-kv', 'h-ah', 'h-av', 'k-tarkl', 'kky-hallitus', 'rak-hall'];
const ENTITIES = ['rakennus', 'ktilat', 'kvesi', 'k', 'h', 'kky', 'seura'];
const BODY_ROLES = ['chair', 'vice_chair', 'member', 'member', 'member', 'deputy'] as const;
const ENTITY_ROLES = ['board_chair', 'board_member', 'deputy_board_member', 'ceo', 'employee', 'contractor'] as const;
const KINDS = [
  'spouse',
  'cohabiting_partner',
  'child',
  'sibling',
  'parent',
  'aunt_uncle',
  'spouse_child',
  'former_spouse',
  'especially_close',
  'cousin',
  'other',
  'grandparent',
  'niece_nephew',
  'sibling_spouse',
] as const;
const MEETING_BODIES = ['k-kh', 'k-tl', 'k-kv', 'h-ah', 'k-tarkl'];

const pick = <T>(list: readonly T[]) => fc.nat({ max: list.length - 1 }).map((i) => list[i]);

const snakeOrgs = BASE_ORGS.map((o) => ({
  id: o.id,
  name: o.name,
  classification: o.classification,
  ...(o.parentId ? { parent_id: o.parentId } : {}),
  ...(o.seats ? { seats: o.seats } : {}),
  ...(o.memberIds ? { member_ids: o.memberIds } : {}),
  ...(o.owners ? { owners: o.owners.map((w) => ({ organization_id: w.organizationId, share: w.share })) } : {}),
}));

const dates = fc
  .tuple(pick(STARTS), pick(ENDS))
  .map(([start, end]) => ({ start_date: start, ...(end && end >= start ? { end_date: end } : {}) }));

const datasetArb = fc
  .tuple(fc.integer({ min: 3, max: 9 }), pick(MEETING_BODIES))
  .chain(([n, body]) => {
    const person = fc.nat({ max: n - 1 }).map((i) => `p${i}`);
    // Half the body seats are in the meeting's own body, so deputies and quorum get exercised.
    const bodyId = fc.oneof(fc.constant(body), pick(BODIES));
    const membership = fc.oneof(
      fc.record({
        person_id: person,
        organization_id: bodyId,
        role: pick(BODY_ROLES),
        d: dates,
        group: pick(['A', 'B']),
        order: fc.option(fc.integer({ min: 1, max: 3 })),
        principal: fc.nat(),
      }),
      fc.record({
        person_id: person,
        organization_id: pick(ENTITIES),
        role: pick(ENTITY_ROLES),
        d: dates,
        group: fc.constant('A'),
        order: fc.constant(null),
        principal: fc.nat(),
      }),
    );
    const relatedEntity = fc.oneof(
      fc.record({
        entity_type: fc.constant('organization'),
        entity_id: pick([...ENTITIES, 'k-tl']),
        role: pick(['party', 'affected', 'representative', 'evaluated']),
      }),
      fc.record({ entity_type: fc.constant('person'), entity_id: person, role: pick(['party', 'affected', 'representative']) }),
    );
    const item = fc.record({
      related_entities: fc.array(relatedEntity, { maxLength: 4 }),
      prepared_by: fc.array(person, { maxLength: 2 }),
      urgent: fc.boolean(),
      concerns: fc.array(fc.record({ person_id: person, text: pick(['ystävä', 'naapuri']) }), { maxLength: 1 }),
      participants: fc.array(person, { maxLength: 3 }),
      recusals: fc.array(person, { maxLength: 2 }),
    });
    return fc.record({
      n: fc.constant(n),
      memberships: fc.array(membership, { maxLength: 24 }),
      relationships: fc.array(fc.record({ person_id: person, relative_id: person, kind: pick(KINDS), ended: fc.boolean() }), {
        maxLength: 8,
      }),
      interests: fc.array(fc.record({ person_id: person, organization_id: fc.option(pick(ENTITIES)), material: fc.boolean() }), {
        maxLength: 4,
      }),
      body: fc.constant(body),
      absent: fc.array(person, { maxLength: 2 }),
      participants: fc.array(fc.record({ person_id: person, role: pick(['presenter', 'minute_taker', 'attendee']) }), { maxLength: 2 }),
      items: fc.array(item, { minLength: 1, maxLength: 2 }),
    });
  })
  .map(toDataset);

type Generated = {
  n: number;
  memberships: any[];
  relationships: any[];
  interests: any[];
  body: string;
  absent: string[];
  participants: any[];
  items: any[];
};

function toDataset(g: Generated) {
  const memberships = g.memberships.map((m, i) => ({
    id: `ms-${i}`,
    person_id: m.person_id,
    organization_id: m.organization_id,
    role: m.role,
    ...m.d,
    ...(BODIES.includes(m.organization_id) && ['k-kv', 'h-av'].includes(m.organization_id) ? { group: m.group } : {}),
    ...(m.role === 'deputy' && ['k-kv', 'h-av'].includes(m.organization_id) && m.order ? { deputy_order: m.order } : {}),
    principal: m.principal,
  }));
  for (const m of memberships) {
    if (m.role === 'deputy' && !['k-kv', 'h-av'].includes(m.organization_id)) {
      const principals = memberships.filter((x) => x.organization_id === m.organization_id && x.role !== 'deputy');
      if (principals.length > 0) m.deputy_for = principals[m.principal % principals.length]!.id;
    }
    delete m.principal;
  }
  return {
    format: 'jaavi-dataset/1',
    organizations: snakeOrgs,
    persons: Array.from({ length: g.n }, (_, i) => ({ id: `p${i}`, name: `Henkilö ${String.fromCharCode(65 + ((i * 7) % 26))}` })),
    memberships,
    relationships: g.relationships
      .filter((r) => r.person_id !== r.relative_id)
      .map((r, i) => ({
        id: `r-${i}`,
        person_id: r.person_id,
        relative_id: r.relative_id,
        kind: r.kind,
        ...(r.ended ? { end_date: '2024-12-31' } : {}),
      })),
    interests: g.interests.map((x, i) => ({
      id: `int-${i}`,
      person_id: x.person_id,
      kind: 'shareholding',
      material: x.material,
      ...(x.organization_id ? { organization_id: x.organization_id } : {}),
    })),
    events: [
      {
        id: 'up',
        organization_id: 'k-kh',
        start_date: '2026-02-01T10:00:00+02:00',
        status: 'held',
        agenda: [
          {
            id: 'up-1',
            order: 1,
            title: 'Valmistelu',
            related_entities: g.items[0].related_entities,
            record: { participants: g.items[0].participants, recusals: [], substitutes: [] },
          },
        ],
      },
      {
        id: 'm',
        organization_id: g.body,
        start_date: `${D}T18:00:00+02:00`,
        status: 'held',
        expected_absent: g.absent,
        participants: g.participants,
        agenda: g.items.map((it, i) => ({
          id: `m-${i}`,
          order: i + 1,
          title: 'Asia',
          related_entities: it.related_entities,
          prepared_by: it.prepared_by,
          urgent: it.urgent,
          concerns: it.concerns,
          ...(i === 0 ? { prepared_in: 'up-1' } : {}),
          record: {
            participants: it.participants,
            recusals: it.recusals.map((p: string) => ({ person_id: p, grounds: [] })),
            substitutes: [],
          },
        })),
      },
    ],
  };
}

/** Deterministic deep shuffle of every array in the document, driven by `seed`. */
function shuffleDeep(value: unknown, seed: number): unknown {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(walk);
      for (let i = out.length - 1; i > 0; i--) {
        const j = next() % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    }
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

const run = (dataset: unknown, lang: 'fi' | 'en' = 'fi') => toCheckDocument(evaluate(factsFromDataset(dataset, 'm'), undefined, { lang }));
const runAudit = (dataset: unknown) => toAuditDocument(audit(factsFromDataset(dataset, 'm'), upstreamFactsFromDataset(dataset, 'm')));
const checkSchema = validator('check-report.schema.json');
const auditSchema = validator('audit-report.schema.json');

describe('properties', () => {
  it('generates meaningful cases (sanity check of the generator)', () => {
    const seen = new Set<string>();
    for (const dataset of fc.sample(datasetArb, { numRuns: 1000, seed: 42 })) {
      for (const item of evaluate(factsFromDataset(dataset, 'm')).items) {
        for (const f of item.findings) {
          f.grounds.forEach((g) => seen.add(g));
          seen.add(`${f.capacity}:${f.outcome}`);
        }
        item.substitutions.forEach((s) => seen.add(s.status));
      }
    }
    for (const expected of [
      'HL28_1_1',
      'HL28_1_3',
      'HL28_1_4',
      'HL28_1_5',
      'HL28_1_7',
      'KL97_1',
      'KL97_3',
      'member:disqualified',
      'deputy:disqualified',
      'deputy:needs_review',
      'presenter:disqualified',
      'summon',
      'summon_with_warning',
      'deputy_disqualified',
      'no_deputy',
    ]) {
      expect({ expected, seen: [...seen].sort() }).toEqual({ expected, seen: expect.arrayContaining([expected]) });
    }
  });

  it('the report is identical whatever order the dataset lists things in', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer(), (dataset, seed) => {
        const shuffled = shuffleDeep(dataset, seed);
        expect(run(shuffled)).toEqual(run(dataset));
        expect(runAudit(shuffled)).toEqual(runAudit(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it('adding an unrelated person or organisation never changes anything', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const extended = {
          ...dataset,
          persons: [...dataset.persons, { id: 'zz-new', name: 'Uusi Henkilö' }],
          organizations: [...dataset.organizations, { id: 'zz-org', name: 'Uusi Oy', classification: 'company' }],
          memberships: [
            ...dataset.memberships,
            { id: 'zz-m', person_id: 'zz-new', organization_id: 'zz-org', role: 'ceo', start_date: '2020-01-01' },
          ],
        };
        expect(run(extended)).toEqual(run(dataset));
        expect(runAudit(extended)).toEqual(runAudit(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it('no finding cites a membership not in force on D, except the general clause citing it as ended or future', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const report = evaluate(factsFromDataset(dataset, 'm'), undefined, { lang: 'en' });
        const byId = new Map(dataset.memberships.map((m: any) => [m.id, m]));
        for (const f of report.items.flatMap((i) => i.findings)) {
          for (const e of f.evidence.filter((x) => x.kind === 'membership')) {
            const m: any = byId.get(e.id);
            expect(m).toBeDefined();
            if (inRange(m.start_date, m.end_date, D)) continue;
            if (e.text.startsWith('holdover (LGA s. 79): ')) continue;
            expect(f.grounds).toContain('HL28_1_7');
            expect(e.text).toMatch(/^(ended|future): /);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every report is well-formed: schema-valid, ordered, consistent outcomes', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const doc = run(dataset);
        expect(checkSchema(doc)).toEqual([]);
        expect(auditSchema(runAudit(dataset))).toEqual([]);
        const report: CheckReport = evaluate(factsFromDataset(dataset, 'm'));
        for (const item of report.items) {
          const ids = item.findings.map((f) => f.personId);
          expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          for (const f of item.findings) {
            expect(f.outcome === 'needs_review').toBe(f.lean !== undefined);
            expect(f.grounds).not.toContain('HL28_1_6');
            expect(f.evidence.length).toBeGreaterThan(0);
            expect(f.explanation).toMatch(/\.$/);
          }
          expect(item.quorum.present).toBeLessThanOrEqual(item.quorum.seats);
        }
      }),
      { numRuns: 150 },
    );
  });
});
