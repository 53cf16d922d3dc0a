import { buildDetector } from '../../../src/detection';
import { canonicalBusinessId, findBusinessIds } from '../../../src/detection/identifiers';

describe('findBusinessIds', () => {
  it('finds business IDs with a valid check digit, with any dash and in the VAT form', () => {
    const text = 'Y-tunnus 2914605-4, FO-nummer 0204819‐8 (ALV FI11223349), ja 2345678–0.';
    expect(findBusinessIds(text).map((h) => [text.slice(h.start, h.end), h.businessId])).toEqual([
      ['2914605-4', '2914605-4'],
      ['0204819‐8', '0204819-8'],
      ['FI11223349', '1122334-9'],
      ['2345678–0', '2345678-0'],
    ]);
  });

  it('skips wrong check digits, digits with no possible check digit, and longer numbers', () => {
    expect(findBusinessIds('Y-tunnus 2914605-5')).toEqual([]);
    expect(findBusinessIds('0000006-1 ja 0000006-0')).toEqual([]); // remainder 1: never issued
    expect(findBusinessIds('12914605-4 ja 2914605-44 ja 2914605-4-1')).toEqual([]);
    expect(findBusinessIds('kiinteistö 91-4-12-3, puh. 040-1234567')).toEqual([]);
  });

  it('canonicalises registry values', () => {
    expect(canonicalBusinessId(' 2914605-4 ')).toBe('2914605-4');
    expect(canonicalBusinessId('FI29146054')).toBe('2914605-4');
    expect(canonicalBusinessId('2914605-5')).toBeUndefined();
    expect(canonicalBusinessId('091')).toBeUndefined();
  });
});

describe('identifier mentions', () => {
  const detector = buildDetector([
    {
      entityType: 'organization',
      entityId: 'jp',
      names: [{ name: 'Järvi-Pohjan hyvinvointialue' }],
      identifiers: [
        { scheme: 'fi:ytunnus', identifier: '2914605-4' },
        { scheme: 'fi:kuntanumero', identifier: '091' },
        { scheme: 'x:sote-oid', identifier: '1.2.246.10.29146054' },
      ],
    },
    {
      entityType: 'organization',
      entityId: 'bad',
      names: [{ name: 'Virheellinen Oy' }],
      identifiers: [{ scheme: 'fi:ytunnus', identifier: '1234567-8' }],
    },
    {
      entityType: 'person',
      entityId: 'p',
      givenName: 'Anna',
      familyName: 'Aho',
      names: [],
      identifiers: [{ scheme: 'fi:hetu', identifier: '131052-308T' }],
    },
  ]);

  it('reports a registered business ID as an identifier mention', () => {
    const text = 'Ostaja (Y-tunnus 2914605-4) maksaa kauppahinnan.';
    expect(detector.detect(text)).toEqual([
      {
        start: 17,
        end: 26,
        surface: '2914605-4',
        entityType: 'organization',
        entityId: 'jp',
        candidates: [{ entityType: 'organization', entityId: 'jp' }],
        ambiguous: false,
        confidence: 1,
        reason: 'identifier',
      },
    ]);
  });

  it('ignores unknown or invalid IDs, short identifiers and personal identity codes', () => {
    expect(detector.detect('Y-tunnus 2914605-5 ja 0204819-8, kuntanumero 091, hetu 131052-308T, 1234567-8.')).toEqual([]);
  });

  it('matches other distinctive identifiers as whole words', () => {
    const [m] = detector.detect('OID 1.2.246.10.29146054 on tarkistettu.');
    expect([m.surface, m.entityId, m.reason]).toEqual(['1.2.246.10.29146054', 'jp', 'identifier']);
  });
});
