import { factsFromDataset, upstreamFactsFromDataset } from '../../../src/rules';

const dataset = {
  format: 'jaavi-dataset/1',
  organizations: [
    { id: 'k', name: 'K', classification: 'municipality' },
    { id: 'kh', name: 'KH', classification: 'board', parent_id: 'k', seats: 11 },
    { id: 'kv', name: 'KV', classification: 'council', parent_id: 'k', seats: 43 },
    { id: 'y', name: 'Y Oy', classification: 'company', owners: [{ organization_id: 'k', share: 0.5 }] },
  ],
  persons: [
    { id: 'a', name: 'A', given_name: 'A' },
    { id: 'b', name: 'B' },
  ],
  memberships: [
    { id: 'm1', person_id: 'a', organization_id: 'kh', role: 'member', start_date: '2025-06-01' },
    { id: 'm2', person_id: 'b', organization_id: 'kh', role: 'deputy', start_date: '2025-06-01', end_date: '2029-05-31', deputy_for: 'm1' },
    { id: 'm3', person_id: 'b', organization_id: 'kv', role: 'deputy', start_date: '2025-06-01', group: 'A', deputy_order: 2 },
  ],
  relationships: [{ id: 'r1', person_id: 'a', relative_id: 'b', kind: 'sibling', half: true }],
  interests: [{ id: 'i1', person_id: 'a', organization_id: 'y', kind: 'shareholding', material: true, declared_on: '2025-01-01' }],
  events: [
    {
      id: 'kh-1',
      organization_id: 'kh',
      start_date: '2026-02-01T10:00:00+02:00',
      status: 'held',
      agenda: [
        {
          id: 'kh-i',
          order: 1,
          title: 'T',
          related_entities: [{ entity_type: 'organization', entity_id: 'y', role: 'party' }],
          record: {
            participants: ['a'],
            recusals: [{ person_id: 'b', grounds: ['HL28_1_5'], decided_by: 'body' }],
            substitutes: [{ person_id: 'b', for_person_id: 'a' }],
          },
        },
      ],
    },
    {
      id: 'kv-1',
      organization_id: 'kv',
      name: 'KV 1',
      start_date: '2026-03-10T18:00:00+02:00',
      status: 'planned',
      expected_absent: ['a'],
      participants: [{ person_id: 'b', role: 'minute_taker' }],
      agenda: [
        {
          id: 'kv-i',
          order: 2,
          title: 'T',
          prepared_in: 'kh-i',
          prepared_by: ['a'],
          presented_by: 'b',
          urgent: true,
          concerns: [{ person_id: 'a', text: 'x' }],
          related_entities: [{ entity_type: 'person', entity_id: 'b', role: 'representative', on_behalf_of: 'y', note: 'n' }],
        },
      ],
    },
  ],
};

describe('factsFromDataset', () => {
  it('maps every record to camelCase facts', () => {
    const facts = factsFromDataset(dataset, 'kv-1');
    expect(facts.meeting).toEqual({
      id: 'kv-1',
      organizationId: 'kv',
      name: 'KV 1',
      startDate: '2026-03-10T18:00:00+02:00',
      status: 'planned',
      expectedAbsent: ['a'],
      participants: [{ personId: 'b', role: 'minute_taker' }],
      agenda: [
        {
          id: 'kv-i',
          order: 2,
          title: 'T',
          description: null,
          preparedBy: ['a'],
          presentedBy: 'b',
          preparedIn: 'kh-i',
          urgent: true,
          concerns: [{ personId: 'a', text: 'x' }],
          record: null,
          relatedEntities: [{ entityType: 'person', entityId: 'b', role: 'representative', onBehalfOf: 'y', note: 'n' }],
        },
      ],
    });
    expect(facts.organizations[3]).toEqual({
      id: 'y',
      name: 'Y Oy',
      classification: 'company',
      parentId: null,
      seats: null,
      memberIds: [],
      owners: [{ organizationId: 'k', share: 0.5 }],
    });
    expect(facts.memberships[2]).toMatchObject({ deputyFor: null, group: 'A', deputyOrder: 2, endDate: null });
    expect(facts.memberships[1]).toMatchObject({ deputyFor: 'm1', endDate: '2029-05-31' });
    expect(facts.relationships[0]).toEqual({
      id: 'r1',
      personId: 'a',
      relativeId: 'b',
      kind: 'sibling',
      half: true,
      startDate: null,
      endDate: null,
    });
    expect(facts.interests[0]).toMatchObject({ organizationId: 'y', material: true, declaredOn: '2025-01-01' });
    expect(facts.persons).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ]);
  });

  it('maps minutes', () => {
    expect(factsFromDataset(dataset, 'kh-1').meeting.agenda[0]?.record).toEqual({
      participants: ['a'],
      recusals: [{ personId: 'b', grounds: ['HL28_1_5'], decidedBy: 'body' }],
      substitutes: [{ personId: 'b', forPersonId: 'a' }],
    });
  });

  it('finds the upstream meetings of prepared_in', () => {
    expect(upstreamFactsFromDataset(dataset, 'kv-1').map((f) => f.meeting.id)).toEqual(['kh-1']);
    expect(upstreamFactsFromDataset(dataset, 'kh-1')).toEqual([]);
  });

  it('says which meeting is missing', () => {
    expect(() => factsFromDataset(dataset, 'nope')).toThrow('nope');
  });
});
