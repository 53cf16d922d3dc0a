import { formatPath, pathFromPointer, sortByDocumentOrder } from '../../../src/import/validation/json-path';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['format'], 'format'],
    [['memberships', 3, 'deputy_for'], 'memberships[3].deputy_for'],
    [['events', 0, 'agenda', 2, 'record', 'recusals', 1, 'grounds', 0], 'events[0].agenda[2].record.recusals[1].grounds[0]'],
    [['organizations', 0, 'odd key'], 'organizations[0]["odd key"]'],
    [['organizations', 0, 'a"b'], 'organizations[0]["a\\"b"]'],
    [['persons', 0, '131052-308T'], 'persons[0]["[henkilötunnus]"]'],
  ])('%j → %s', (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });
});

describe('pathFromPointer', () => {
  const doc = { memberships: [{ role: 'x' }], odd: { '3': 1, 'a/b': 2 } };

  it('turns array indices into numbers and keeps numeric object keys as strings', () => {
    expect(pathFromPointer('/memberships/0/role', doc)).toEqual(['memberships', 0, 'role']);
    expect(pathFromPointer('/odd/3', doc)).toEqual(['odd', '3']);
  });

  it('unescapes ~1 and ~0', () => {
    expect(pathFromPointer('/odd/a~1b', doc)).toEqual(['odd', 'a/b']);
    expect(pathFromPointer('/x~0y', doc)).toEqual(['x~y']);
  });

  it('maps the empty pointer to the root', () => {
    expect(pathFromPointer('', doc)).toEqual([]);
  });
});

describe('sortByDocumentOrder', () => {
  it('follows member order and indices, parents first, missing members last', () => {
    const doc = { b: [{ y: 1, x: 2 }, {}], a: 1 };
    const paths = [['a'], ['b', 1], ['b', 0, 'x'], ['b', 0, 'missing'], ['b', 0], ['b', 0, 'y'], ['b', 10]];
    expect(sortByDocumentOrder(doc, paths, (p) => p)).toEqual([
      ['b', 0],
      ['b', 0, 'y'],
      ['b', 0, 'x'],
      ['b', 0, 'missing'],
      ['b', 1],
      ['b', 10],
      ['a'],
    ]);
  });

  it('is stable for equal paths', () => {
    const items = [
      { path: ['a'], n: 1 },
      { path: ['a'], n: 2 },
    ];
    expect(sortByDocumentOrder({ a: 1 }, items, (i) => i.path).map((i) => i.n)).toEqual([1, 2]);
  });
});
