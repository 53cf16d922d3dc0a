import { businessIdCheckDigit, isValidBusinessId } from '../../../src/common/ytunnus';

describe('isValidBusinessId (Y-tunnus)', () => {
  it.each([
    ['0204819-8', 'scenario municipality K'],
    ['3221318-2', 'scenario wellbeing county H'],
    ['1122334-9', 'scenario Rakennus Oy'],
    ['2345678-0', 'scenario K-Tilat Oy (remainder 0 gives check digit 0)'],
    ['0201256-6', 'Helsingin kaupunki'],
    ['0112038-9', 'Nokia Oyj'],
    ['1927400-1', 'Kone Oyj (remainder 10 gives check digit 1)'],
    ['0000000-0', 'all zeros: remainder 0'],
  ])('accepts %s (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    ['0204819-9', 'wrong check digit'],
    ['0204819-0', 'wrong check digit'],
    ['204819-8', 'old six-digit form without the leading zero'],
    ['02048198', 'no hyphen'],
    ['0204819-', 'no check digit'],
    ['0204819-88', 'two check digits'],
    [' 0204819-8', 'leading space'],
    ['0204819-8\n', 'trailing newline'],
    ['O204819-8', 'letter O for zero'],
    ['０２０４８１９-８', 'full-width digits'],
    ['0000006-1', 'digits whose remainder is 1: no check digit exists'],
    ['0000006-0', 'digits whose remainder is 1: no check digit exists'],
    ['', 'empty'],
  ])('rejects %j (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('computes check digits, and none when the remainder is 1', () => {
    expect(businessIdCheckDigit('0204819')).toBe(8);
    expect(businessIdCheckDigit('2345678')).toBe(0);
    expect(businessIdCheckDigit('0000006')).toBeUndefined();
    expect(businessIdCheckDigit('123')).toBeUndefined();
  });

  it('accepts exactly the check digit it computes, for every seven-digit prefix sampled', () => {
    for (let n = 0; n < 10_000_000; n += 7919) {
      const digits = String(n).padStart(7, '0');
      const check = businessIdCheckDigit(digits);
      for (let c = 0; c <= 9; c++) expect(isValidBusinessId(`${digits}-${c}`)).toBe(check === c);
    }
  });
});
