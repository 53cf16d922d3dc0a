import fc from 'fast-check';
import { TOKEN, isAcronym, isCapitalized, normalizeKey, tokenize } from '../../../src/detection/normalize';

describe('normalizeKey', () => {
  it.each([
    ['Järvi-Pohjan', 'järvipohjan'],
    ['JÄRVI‐POHJAN', 'järvipohjan'], // U+2010 hyphen
    ['hyvinvointi\u00ADalue', 'hyvinvointialue'], // soft hyphen
    ['Ka\u0308rsa\u0308mäki', 'kärsämäki'], // decomposed ä
    ['Åbo', 'åbo'],
    ['Müller', 'myller'],
    ['Séverin', 'severin'],
    ['Søren', 'sören'],
    ['O’Brien', "o'brien"],
    ['Oy', 'oy'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeKey(raw)).toBe(key);
  });
});

describe('tokenize', () => {
  it('gives offsets into the original string, keys and colon endings', () => {
    const text = 'Sopimus Rakennus Oy:n kanssa.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [text.slice(t.start, t.end), t.key, t.colonSuffix])).toEqual([
      ['Sopimus', 'sopimus', ''],
      ['Rakennus', 'rakennus', ''],
      ['Oy:n', 'oy', 'n'],
      ['kanssa', 'kanssa', ''],
    ]);
  });

  it('joins a word hyphenated over a line break, and keeps compounds whole', () => {
    const text = 'Järvi-Pohjan hyvinvointi-\nalueelle ja HUS-yhtymälle';
    expect(tokenize(text).map((t) => t.raw)).toEqual(['Järvi-Pohjan', 'hyvinvointi-\nalueelle', 'ja', 'HUS-yhtymälle']);
    expect(tokenize(text)[1].key).toBe('hyvinvointialueelle');
  });

  it('marks punctuation and blank lines between words as breaks, but not the dot of an initial', () => {
    const tokens = tokenize('Anna. Aho, Matti\nVirtanen\n\nPekka M. Korhonen');
    expect(tokens.map((t) => [t.raw, t.breakBefore])).toEqual([
      ['Anna', false],
      ['Aho', true],
      ['Matti', true],
      ['Virtanen', false],
      ['Pekka', true],
      ['M', false],
      ['Korhonen', false],
    ]);
  });

  it('treats & as a word and keeps surrogate pairs intact', () => {
    const text = '😀 Mäkelä & Virta 𝐀bc';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Mäkelä', '&', 'Virta', '𝐀bc']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('is the same as the reference regular expression on arbitrary text', () => {
    const chars = fc.constantFrom(..."aZä Ö-‐‑‒–'’.:\u00AD\n\r\t &,é1\u0308_".split(''), '😀', '\uD835\uDC00', '\uDC00', '\uD800');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const reference = [...text.matchAll(new RegExp(TOKEN.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
        expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(reference);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('coordinated compounds and abbreviation endings', () => {
  it('a hyphen before a blank (or a comma) suspends the compound instead of ending the name', () => {
    const tokens = tokenize('Arbets-, närings- och trafikbyrån; sosiaali- ja terveys - palvelut');
    expect(tokens.map((t) => [t.raw, t.suspended, t.breakBefore])).toEqual([
      ['Arbets', true, false],
      ['närings', true, false],
      ['och', false, false],
      ['trafikbyrån', false, false],
      ['sosiaali', true, true],
      ['ja', false, false],
      ['terveys', false, false],
      ['palvelut', false, true],
    ]);
  });

  it('an apostrophe stands for the colon after a company form or an acronym only', () => {
    const [oy, abp, raa, hus] = tokenize("Oy’n Abp's Raa'an HUS’lle");
    expect([oy.key, oy.colonSuffix]).toEqual(['oy', 'n']);
    expect([abp.key, abp.colonSuffix]).toEqual(['abp', 's']);
    expect([raa.key, raa.colonSuffix]).toEqual(["raa'an", '']);
    expect([hus.key, hus.colonSuffix]).toEqual(['hus', 'lle']);
  });
});

describe('case helpers', () => {
  it('recognises acronyms as written in the registry', () => {
    expect(isAcronym('HUS')).toBe(true);
    expect(isAcronym('JPKY')).toBe(true);
    expect(isAcronym('Keva')).toBe(false);
    expect(isAcronym('K')).toBe(false);
    expect(isAcronym('HUS-yhtymä')).toBe(false);
  });

  it('recognises capitalised words', () => {
    expect(isCapitalized('Aho')).toBe(true);
    expect(isCapitalized('Ärjä')).toBe(true);
    expect(isCapitalized('aho')).toBe(false);
    expect(isCapitalized('&')).toBe(false);
  });
});
