import { formatProblem, validateDataset } from '../../../src/import/validation';
import { baseDataset } from './fixtures/base-dataset';

describe('validateDataset', () => {
  it('accepts the base dataset and returns it as the typed dataset', () => {
    const doc = baseDataset();
    const result = validateDataset(doc);
    expect(result).toEqual({ ok: true, dataset: doc });
    if (result.ok) expect(result.dataset).toBe(doc);
  });

  it('reports every problem of a document at once, in document order', () => {
    const doc = baseDataset();
    doc.events[1].agenda[0].prepared_in = 'i-xx';
    doc.memberships[1].deputy_for = 'm-99';
    doc.organizations[0].identifiers[0].identifier = '0204819-9';
    delete doc.organizations[4].parent_id;
    doc.memberships[2].end_date = '2025-05-31';
    doc.memberships[0].start_date = '2026-02-30';
    doc.persons[2].name = '';
    doc.organizations[1].colour = 'red';
    doc.relationships[0].kind = 'neighbour';

    const result = validateDataset(doc);

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'organizations[0].identifiers[0].identifier: "0204819-9" is not a business ID (Y-tunnus): the check digit should be 8',
      'organizations[1].colour: unknown property "colour"; allowed: id, name, classification, parent_id, seats, other_names, identifiers, member_ids, owners',
      'organizations[4].parent_id: is required for a body (committee): the entity it belongs to',
      'persons[2].name: must not be empty',
      'memberships[0].start_date: "2026-02-30" is not a calendar date (YYYY-MM-DD)',
      'memberships[1].deputy_for: no membership "m-99"',
      'memberships[2].end_date: end_date 2025-05-31 is before start_date 2025-06-01',
      expect.stringMatching(/^relationships\[0\]\.kind: unknown value "neighbour"; allowed: spouse, /),
      'events[1].agenda[0].prepared_in: no agenda item "i-xx"',
    ]);
  });

  it('orders by where values sit in the document, not alphabetically', () => {
    const doc = { events: [{}], format: 'jaavi-dataset/1', organizations: [{ name: 'X' }] };
    const result = validateDataset(doc);
    expect(result.ok ? [] : result.problems.map((item) => item.path)).toEqual([
      'events[0].agenda',
      'events[0].id',
      'events[0].organization_id',
      'events[0].start_date',
      'organizations[0].classification',
      'organizations[0].id',
    ]);
  });

  it('keeps validating the rest when whole lists have the wrong type', () => {
    const doc = baseDataset();
    doc.persons = 'everyone';
    const result = validateDataset(doc);
    const problems = result.ok ? [] : result.problems;
    expect(problems[0]).toEqual({ path: 'persons', code: 'wrong_type', message: 'must be a list (got a string)' });
    expect(problems.filter((item) => item.code === 'unknown_reference').length).toBeGreaterThan(10);
  });

  it('formats a problem at the root as the document', () => {
    expect(formatProblem({ path: '', code: 'wrong_type', message: 'must be an object (got a list)' })).toBe(
      'document: must be an object (got a list)',
    );
  });
});
