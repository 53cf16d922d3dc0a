import { HETU_MASK, containsHetu, hetuCheckChar, isValidHetu, maskHetus } from '../../../src/import/validation/hetu';

/** Examples published by the Digital and Population Data Services Agency (DVV). */
const PUBLISHED_EXAMPLES = [
  '131052-308T',
  '010594Y9021',
  '020594X903P',
  '030594W903B',
  '040594V902Y',
  '050594U903M',
  '010516B903X',
  '020516C903K',
  '030516D9037',
  '010501E9032',
  '020503F9037',
  '020504A902E',
];

describe('isValidHetu', () => {
  it.each(PUBLISHED_EXAMPLES)('accepts the published example %s', (code) => {
    expect(isValidHetu(code)).toBe(true);
  });

  it.each([
    ['290200A1239', 'born 29 Feb 2000, a leap year'],
    ['010181+900C', 'born in the 1800s, a temporary individual number'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidHetu(code)).toBe(true);
  });

  it.each([
    ['131052-308U', 'wrong check character'],
    ['131052-308t', 'lower-case check character'],
    ['290200-1239', '29 Feb 1900 did not exist'],
    ['320152-308T', 'day 32'],
    ['131352-308T', 'month 13'],
    ['131052G308T', 'G is not a century sign'],
    ['131052-308', 'no check character'],
    ['131052-308TT', 'too long'],
    ['13105-2308T', 'misplaced sign'],
    ['', 'empty'],
  ])('rejects %j (%s)', (code) => {
    expect(isValidHetu(code)).toBe(false);
  });

  it('uses the check table indexed by DDMMYYNNN mod 31', () => {
    expect(hetuCheckChar('131052', '308')).toBe('T');
    // 010101000 mod 31 = 22, and the 23rd character of the table is P (G and I are skipped).
    expect(hetuCheckChar('010101', '000')).toBe('P');
  });
});

describe('containsHetu', () => {
  it.each([
    ['Henkilötunnus 131052-308T, ks. liite', true],
    ['hetu:131052-308T', true],
    ['(131052-308T)', true],
    ['lower case 131052-308t', true],
    ['new sign 010594Y9021.', true],
    ['a ytunnus 0204819-8 is not one', false],
    ['diary number 1234/2025 is not one', false],
    ['inside a longer number 1131052-308T', false],
    ['followed by a digit 131052-308T1', false],
    ['followed by a letter 131052-308Tx', false],
    ['wrong checksum 131052-308U', false],
  ])('finds one with checksum in %j: %s', (text, expected) => {
    expect(containsHetu(text, { requireChecksum: true })).toBe(expected);
  });

  it('without the checksum requirement, flags a mistyped code with a real birth date', () => {
    expect(containsHetu('131052-308U', { requireChecksum: false })).toBe(true);
    expect(containsHetu('131052-3089', { requireChecksum: false })).toBe(true);
    expect(containsHetu('991052-308U', { requireChecksum: false })).toBe(false);
  });

  it('stays fast on long hostile input', () => {
    const text = '131052-'.repeat(50_000) + '0'.repeat(100_000);
    const started = Date.now();
    expect(containsHetu(text, { requireChecksum: true })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('maskHetus', () => {
  it('masks codes with or without a valid checksum and leaves other text alone', () => {
    expect(maskHetus('A 131052-308T, B 131052-308U, C 0204819-8')).toBe(`A ${HETU_MASK}, B ${HETU_MASK}, C 0204819-8`);
  });
});
