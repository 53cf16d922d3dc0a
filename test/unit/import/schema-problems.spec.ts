import { validateDataset } from '../../../src/import/validation';
import { type BrokenCase, expectBrokenCase } from './fixtures/broken-case';

const cases: BrokenCase[] = [
  {
    name: 'unknown enum value names the allowed values',
    mutate: (d) => (d.organizations[4].classification = 'kommittee'),
    path: 'organizations[4].classification',
    code: 'unknown_value',
    message: 'unknown value "kommittee"; allowed: municipality, wellbeing_county',
  },
  {
    name: 'unknown property is named',
    mutate: (d) => (d.organizations[1].colour = 'red'),
    path: 'organizations[1].colour',
    code: 'unknown_property',
    message: 'unknown property "colour"; allowed: id, name, classification',
  },
  {
    name: 'unknown top-level member',
    mutate: (d) => (d.meetings = []),
    path: 'meetings',
    code: 'unknown_property',
    message: 'unknown property "meetings"',
  },
  {
    name: 'missing required field',
    mutate: (d) => delete d.persons[0].name,
    path: 'persons[0].name',
    code: 'required',
    message: 'is required',
  },
  {
    name: 'wrong type',
    mutate: (d) => (d.organizations[3].seats = '11'),
    path: 'organizations[3].seats',
    code: 'wrong_type',
    message: 'must be an integer (got a string)',
  },
  {
    name: 'wrong format marker',
    mutate: (d) => (d.format = 'jaavi-dataset/2'),
    path: 'format',
    code: 'unknown_value',
    message: 'must be "jaavi-dataset/1"',
  },
  {
    name: 'date not in YYYY-MM-DD form',
    mutate: (d) => (d.memberships[0].start_date = '1.6.2025'),
    path: 'memberships[0].start_date',
    code: 'invalid_date',
    message: 'must be a date YYYY-MM-DD (got "1.6.2025")',
  },
  {
    name: 'share above 1',
    mutate: (d) => (d.organizations[10].owners[0].share = 1.5),
    path: 'organizations[10].owners[0].share',
    code: 'out_of_range',
    message: 'must be at most 1 (got 1.5)',
  },
  {
    name: 'empty id (no second complaint about the reference)',
    mutate: (d) => (d.memberships[0].person_id = ''),
    path: 'memberships[0].person_id',
    code: 'out_of_range',
    message: 'must not be empty',
  },
  {
    name: 'meeting start without offset',
    mutate: (d) => (d.events[1].start_date = '2026-03-10T18:00:00'),
    path: 'events[1].start_date',
    code: 'invalid_date_time',
    message: 'must be a date-time with offset',
  },
  {
    name: 'unknown participant role',
    mutate: (d) => (d.events[1].participants[0].role = 'secretary'),
    path: 'events[1].participants[0].role',
    code: 'unknown_value',
    message: 'allowed: presenter, minute_taker, attendee',
  },
];

describe('validateDataset: JSON Schema problems', () => {
  it.each(cases)('$name ($path)', (broken) => expectBrokenCase(broken));

  it('rejects a document that is not an object, at the root path', () => {
    expect(validateDataset(null)).toEqual({
      ok: false,
      problems: [{ path: '', code: 'wrong_type', message: 'must be an object (got null)' }],
    });
  });

  it('reports a missing format marker', () => {
    expect(validateDataset({})).toEqual({ ok: false, problems: [{ path: 'format', code: 'required', message: 'is required' }] });
  });

  it('accepts a document with only the format marker', () => {
    expect(validateDataset({ format: 'jaavi-dataset/1' })).toEqual({ ok: true, dataset: { format: 'jaavi-dataset/1' } });
  });
});
