import { baseDataset } from './fixtures/base-dataset';
import { type BrokenCase, expectBrokenCase, problemsAfter } from './fixtures/broken-case';

const listsWithIds = ['organizations', 'persons', 'memberships', 'relationships', 'interests', 'events'] as const;

const duplicateIdCases: BrokenCase[] = listsWithIds.map((list) => ({
  name: `duplicate id in ${list}`,
  mutate: (d) => {
    const copy = structuredClone(d[list][0]);
    // A copy of an event also repeats its agenda item ids; give them new ones.
    for (const item of copy.agenda ?? []) item.id = `${item.id}-copy`;
    d[list].push(copy);
  },
  path: `${list}[${baseDataset()[list].length}].id`,
  code: 'duplicate_id',
  message: `first at ${list}[0]`,
}));

const cases: BrokenCase[] = [
  ...duplicateIdCases,
  {
    name: 'agenda item id repeated in another meeting',
    mutate: (d) => (d.events[1].agenda[1].id = 'i-prep'),
    path: 'events[1].agenda[1].id',
    code: 'duplicate_id',
    message: 'duplicate agenda item id "i-prep" (item ids must be unique across all meetings); first at events[0].agenda[0]',
  },
  {
    name: 'agenda order repeated within a meeting',
    mutate: (d) => (d.events[1].agenda[1].order = 1),
    path: 'events[1].agenda[1].order',
    code: 'duplicate_order',
    message: 'order 1 is already used by events[1].agenda[0]',
  },
  {
    name: 'impossible day',
    mutate: (d) => (d.memberships[0].start_date = '2026-02-30'),
    path: 'memberships[0].start_date',
    code: 'invalid_date',
    message: '"2026-02-30" is not a calendar date',
  },
  {
    name: '29 February outside a leap year',
    mutate: (d) => (d.relationships[0].start_date = '2025-02-29'),
    path: 'relationships[0].start_date',
    code: 'invalid_date',
    message: '"2025-02-29" is not a calendar date',
  },
  {
    name: 'month 13 in a declaration date',
    mutate: (d) => (d.interests[0].declared_on = '2025-13-01'),
    path: 'interests[0].declared_on',
    code: 'invalid_date',
    message: 'is not a calendar date',
  },
  {
    name: 'meeting on an impossible day',
    mutate: (d) => (d.events[1].start_date = '2026-02-30T18:00:00+02:00'),
    path: 'events[1].start_date',
    code: 'invalid_date_time',
    message: 'must be a date-time with offset',
  },
  {
    name: 'meeting date-time with a space and a short offset',
    mutate: (d) => (d.events[1].start_date = '2026-03-10 18:00:00+0200'),
    path: 'events[1].start_date',
    code: 'invalid_date_time',
    message: 'such as 2026-03-10T14:00:00+02:00 (got "2026-03-10 18:00:00+0200")',
  },
  {
    name: 'membership ending before it starts',
    mutate: (d) => (d.memberships[2].end_date = '2025-05-31'),
    path: 'memberships[2].end_date',
    code: 'end_before_start',
    message: 'end_date 2025-05-31 is before start_date 2025-06-01',
  },
  {
    name: 'relationship ending before it starts',
    mutate: (d) => (d.relationships[0].end_date = '2009-12-31'),
    path: 'relationships[0].end_date',
    code: 'end_before_start',
    message: 'end_date 2009-12-31 is before start_date 2010-05-01',
  },
  {
    name: 'interest ending before it starts',
    mutate: (d) => (d.interests[0].end_date = '2019-12-31'),
    path: 'interests[0].end_date',
    code: 'end_before_start',
    message: 'end_date 2019-12-31 is before start_date 2020-01-01',
  },
];

describe('validateDataset: ids and dates', () => {
  it.each(cases)('$name ($path)', (broken) => expectBrokenCase(broken));

  it('accepts a one-day term (end_date is inclusive)', () => {
    expectValid((d) => (d.memberships[2].end_date = '2025-06-01'));
  });

  it('accepts 29 February in a leap year and a UTC meeting time', () => {
    expectValid((d) => {
      d.relationships[0].start_date = '2024-02-29';
      d.events[1].start_date = '2026-03-10T16:00:00.000Z';
    });
  });
});

function expectValid(mutate: BrokenCase['mutate']): void {
  expect(problemsAfter(mutate)).toEqual([]);
}
