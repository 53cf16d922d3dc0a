import fc from 'fast-check';
import { type AliasSource, type Mention, buildDetector } from '../../../src/detection';
import { REGISTRY } from './corpus/registry';

const detector = buildDetector(REGISTRY);

/** Words and pieces that make the detector work hard: names, endings, forms, IDs, odd Unicode. */
const PIECES = [
  ...REGISTRY.flatMap((s) => s.names.map((n) => n.name)),
  ...REGISTRY.flatMap((s) => [s.givenName ?? '', s.familyName ?? '']),
  ':n',
  ':lle',
  'lle',
  'n',
  's',
  'ssa',
  'kin',
  '-',
  '‐',
  '\u00AD',
  '-\n',
  ':',
  '.',
  ',',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  'Oy',
  'Ab',
  'Oyj',
  'Ky',
  'ry',
  'Asunto',
  'Kiinteistö',
  '&',
  'Tmi',
  'Osuuskunta',
  'M.',
  'A.',
  '2914605-4',
  '2914605-5',
  '3221318-2',
  'FI29146054',
  '0000006-1',
  '1234567',
  '😀',
  '\uD800',
  '\uDC00',
  'a\u0308',
  '\u0308',
  '\u0000',
  '\uFEFF',
  'İ',
  'ß',
  'ǅ',
  '\u202E',
  '𝐀',
];

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((p) => p.join(' ')),
);

function checkInvariants(text: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd); // sorted and non-overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.surface).toBe(text.slice(m.start, m.end));
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.candidates.length).toBeGreaterThanOrEqual(1);
    expect(m.ambiguous).toBe(m.candidates.length > 1);
    expect(m.entityId === null).toBe(m.ambiguous);
    if (!m.ambiguous) expect(m.candidates[0]).toEqual({ entityType: m.entityType, entityId: m.entityId });
    expect(['exact_alias', 'stem', 'identifier']).toContain(m.reason);
    previousEnd = m.end;
  }
}

describe('detector properties (fast-check)', () => {
  it('never throws on random or hostile text, and offsets stay within bounds', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        checkInvariants(text, detector.detect(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a registered name wherever it is put between neutral words', () => {
    const names = REGISTRY.filter((s) => s.entityType === 'person').map((s) => `${s.givenName} ${s.familyName}`);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.constantFrom('päätös', 'esitys', 'ja', 'hyväksyy', 'beslut', 'och'), { maxLength: 6 }),
        fc.array(fc.constantFrom('päätös', 'esitys', 'ja', 'hyväksyy', 'beslut', 'och'), { maxLength: 6 }),
        (name, before, after) => {
          const prefix = before.length > 0 ? `${before.join(' ')} ` : '';
          const text = `${prefix}${name}${after.length > 0 ? ` ${after.join(' ')}` : ''}`;
          const ms = detector.detect(text);
          checkInvariants(text, ms);
          expect(ms.map((m) => [m.start, m.surface])).toEqual([[prefix.length, name]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('builds from hostile registry data without throwing', () => {
    const hostileSource: fc.Arbitrary<AliasSource> = fc.record({
      entityType: fc.constantFrom('organization' as const, 'person' as const),
      entityId: fc.string({ maxLength: 5 }),
      names: fc.array(fc.record({ name: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...PIECES)) }), {
        maxLength: 3,
      }),
      identifiers: fc.array(
        fc.record({ scheme: fc.constantFrom('fi:ytunnus', 'x', 'fi:hetu'), identifier: fc.string({ maxLength: 12 }) }),
        {
          maxLength: 2,
        },
      ),
      givenName: fc.option(fc.string({ maxLength: 10 })),
      familyName: fc.option(fc.string({ maxLength: 10 })),
    });
    fc.assert(
      fc.property(fc.array(hostileSource, { maxLength: 8 }), hostileText, (sources, text) => {
        const d = buildDetector(sources);
        checkInvariants(text, d.detect(text));
      }),
      { numRuns: 500 },
    );
  });

  it('handles a long text with many names in linear time', () => {
    const text = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? 'Anna Aholle ja Rakennus Oy:lle' : 'päätös')).join(' ');
    const t = Date.now();
    const ms = detector.detect(text);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(ms.length).toBe(2 * Math.ceil(2000 / 7));
    checkInvariants(text, ms);
  });
});

describe('hostile registry sizes', () => {
  it('ignores absurdly long names instead of walking them', () => {
    const long = Array.from({ length: 5000 }, () => 'Anna').join(' ');
    const d = buildDetector([{ entityType: 'organization', entityId: 'x', names: [{ name: long }] }]);
    expect(d.aliasCount).toBe(0);
    expect(d.detect(long)).toEqual([]);
  });
});

describe('large hostile inputs', () => {
  it.each([
    ['many short words', 'Anna '.repeat(100_000)],
    ['one enormous hyphenated word', 'Anna-'.repeat(100_000) + 'Aho'],
    ['colon endings', 'Oy:'.repeat(100_000)],
    ['punctuation only', '-.,;:'.repeat(200_000)],
    ['combining marks', 'a\u0308'.repeat(100_000)],
    ['repeated names', 'Anna Aho Rakennus Oy:n 2914605-4 '.repeat(20_000)],
  ])('%s: finishes quickly with valid offsets', (_label, text) => {
    const t = Date.now();
    const ms = detector.detect(text);
    expect(Date.now() - t).toBeLessThan(5000);
    checkInvariants(text, ms.slice(0, 1000));
  });
});
