import { type AliasSource, type Mention, buildDetector } from '../../../src/detection';

const org = (entityId: string, ...names: string[]): AliasSource => ({
  entityType: 'organization',
  entityId,
  names: names.map((name) => ({ name })),
});
const person = (entityId: string, givenName: string, familyName: string, ...names: string[]): AliasSource => ({
  entityType: 'person',
  entityId,
  givenName,
  familyName,
  names: names.map((name) => ({ name })),
});

const brief = (ms: readonly Mention[]) => ms.map((m) => [m.surface, m.entityId ?? m.candidates.map((c) => c.entityId)]);

describe('buildDetector / detect', () => {
  const detector = buildDetector([
    org('jp', 'Järvi-Pohjan hyvinvointialue', 'Järvi-Pohjas välfärdsområde'),
    org('hki', 'Helsingin kaupunki', 'Helsingfors stad'),
    org('spr', 'Suomen Punainen Risti', 'SPR'),
    org('hus', 'HUS-yhtymä', 'HUS'),
    org('tmi', 'Tmi Mikko Lahtinen'),
    org('kh', 'Kaupunginhallitus'),
    org('ah', 'Aluehallitus'),
    org('city', 'Kaupunki'),
    org('oy', 'Oy'),
    org('hva', 'Hyvinvointialue'),
    person('aho', 'Anna', 'Aho'),
    person('lahtinen', 'Mikko', 'Lahtinen'),
    person('salo', 'Ville Juhani', 'Salo'),
    person('aalto1', 'Anna', 'Aalto'),
    person('aalto2', 'Anna', 'Aalto'),
    person('berg', 'Bertta', 'Berg', 'Bertta Björk'),
  ]);

  describe('organisations', () => {
    it('finds a name inflected in its last word, with whole-word offsets', () => {
      const text = 'Kaupunginhallitus päättää myydä kiinteistön 91-4-12-3 Järvi-Pohjan hyvinvointialueelle.';
      const [m] = detector.detect(text);
      expect(m).toEqual({
        start: text.indexOf('Järvi'),
        end: text.length - 1,
        surface: 'Järvi-Pohjan hyvinvointialueelle',
        entityType: 'organization',
        entityId: 'jp',
        candidates: [{ entityType: 'organization', entityId: 'jp' }],
        ambiguous: false,
        confidence: expect.any(Number),
        reason: 'stem',
      });
      expect(m.confidence).toBeGreaterThan(0.8);
    });

    it('marks a name as written as exact_alias, inflected as stem', () => {
      expect(detector.detect('Helsingin kaupunki')[0].reason).toBe('exact_alias');
      expect(detector.detect('Helsingin kaupungille')[0].reason).toBe('stem');
      expect(detector.detect('Helsingfors stads')[0].reason).toBe('stem');
      expect(detector.detect('SPR:n osasto')[0].reason).toBe('exact_alias');
    });

    it('matches despite letter case and hyphenation', () => {
      expect(brief(detector.detect('JÄRVI-POHJAN HYVINVOINTIALUEEN LAUSUNTO'))).toEqual([['JÄRVI-POHJAN HYVINVOINTIALUEEN', 'jp']]);
      expect(brief(detector.detect('Järvi Pohjan hyvinvointialue'))).toEqual([['Järvi Pohjan hyvinvointialue', 'jp']]);
      expect(brief(detector.detect('Järvi-Pohjan hyvinvointi-\nalueelle'))).toEqual([['Järvi-Pohjan hyvinvointi-\nalueelle', 'jp']]);
      expect(brief(detector.detect('Järvi‑Pohjan hyvinvointi\u00ADalue'))).toEqual([['Järvi‑Pohjan hyvinvointi\u00ADalue', 'jp']]);
    });

    it('requires every inflected word of a name to agree in case', () => {
      expect(brief(detector.detect('Avustus Suomen Punaiselle Ristille.'))).toEqual([['Suomen Punaiselle Ristille', 'spr']]);
      expect(detector.detect('Suomen Punaiselle Risti')).toEqual([]);
    });

    it('never reports a common word or a body name by itself', () => {
      const text = 'Kaupunki ja kaupungin Oy, Aluehallitus ja kaupunginhallitus sekä hyvinvointialueelle Oy:n kautta.';
      expect(detector.detect(text)).toEqual([]);
    });

    it('matches acronyms case-sensitively, also with a colon ending or as a compound part', () => {
      expect(brief(detector.detect('HUS:lle ja hus i staden'))).toEqual([['HUS:lle', 'hus']]);
      expect(brief(detector.detect('Hus ja hus'))).toEqual([]);
      expect(brief(detector.detect('Hanke on SPR-lähtöinen.'))).toEqual([['SPR', 'spr']]);
      expect(brief(detector.detect('HUS-yhtymälle'))).toEqual([['HUS-yhtymälle', 'hus']]);
    });

    it('prefers the longest match and never overlaps', () => {
      const text = 'Mikko Lahtinen on esteellinen, koska Tmi Mikko Lahtinen on tarjoajana.';
      expect(brief(detector.detect(text))).toEqual([
        ['Mikko Lahtinen', 'lahtinen'],
        ['Tmi Mikko Lahtinen', 'tmi'],
      ]);
    });
  });

  describe('persons', () => {
    it('finds given + family name in either order, the last word inflected', () => {
      expect(brief(detector.detect('Anna Aho, Aho Anna, Anna Aholle, Aho Annalle, Anna Ahon'))).toEqual([
        ['Anna Aho', 'aho'],
        ['Aho Anna', 'aho'],
        ['Anna Aholle', 'aho'],
        ['Aho Annalle', 'aho'],
        ['Anna Ahon', 'aho'],
      ]);
    });

    it('gives the reversed order a little less confidence', () => {
      const [straight] = detector.detect('Anna Aho');
      const [reversed] = detector.detect('Aho Anna');
      expect(reversed.confidence).toBeLessThan(straight.confidence);
    });

    it('does not report a family name alone', () => {
      expect(detector.detect('Aho esitti, Aholle ilmoitetaan, Lahtinen kannatti.')).toEqual([]);
    });

    it('requires capitalised names', () => {
      expect(detector.detect('anna aho')).toEqual([]);
    });

    it('accepts the first of several given names and middle initials', () => {
      expect(brief(detector.detect('Ville Salo, Ville Juhani Salo, Ville J. Salo ja Salo Ville'))).toEqual([
        ['Ville Salo', 'salo'],
        ['Ville Juhani Salo', 'salo'],
        ['Ville J. Salo', 'salo'],
        ['Salo Ville', 'salo'],
      ]);
    });

    it('does not join names across sentence punctuation', () => {
      expect(detector.detect('Esittelijä on Anna. Aho kannatti.')).toEqual([]);
    });

    it('uses other names (a former name) as full-name aliases', () => {
      expect(brief(detector.detect('Bertta Björk ja Björk Bertta'))).toEqual([
        ['Bertta Björk', 'berg'],
        ['Björk Bertta', 'berg'],
      ]);
    });
  });

  describe('ambiguity', () => {
    it('reports a shared name as ambiguous with every candidate, not a guess', () => {
      const [m] = detector.detect('Selvityksen laati Anna Aalto.');
      expect(m).toMatchObject({ surface: 'Anna Aalto', entityId: null, ambiguous: true });
      expect(m.candidates.map((c) => c.entityId).sort()).toEqual(['aalto1', 'aalto2']);
    });

    it('is ambiguous between two organisations sharing a name', () => {
      const d = buildDetector([org('a', 'Kotihoito Pohjola Oy'), org('b', 'Kotihoito Pohjola Oy')]);
      const [m] = d.detect('Kotihoito Pohjola Oy:n tarjous');
      expect(m.ambiguous).toBe(true);
      expect(m.candidates.map((c) => c.entityId)).toEqual(['a', 'b']);
    });

    it('is not ambiguous when the company form tells the two apart', () => {
      const d = buildDetector([org('oy', 'Nordic Bygg Oy'), org('ab', 'Nordic Bygg Ab'), org('ky', 'Nordic Bygg Ky')]);
      expect(brief(d.detect('Nordic Bygg Oy'))).toEqual([['Nordic Bygg Oy', 'oy']]);
      expect(brief(d.detect('Nordic Bygg Ky:n'))).toEqual([['Nordic Bygg Ky:n', 'ky']]);
      expect(brief(d.detect('Nordic Bygg'))).toEqual([['Nordic Bygg', ['ab', 'ky', 'oy']]]);
    });
  });

  describe('offsets', () => {
    it('are UTF-16 indices into the original text, whatever precedes the name', () => {
      const text = '😀𝐀 Ka\u0308rsa\u0308ma\u0308ki\r\n“Anna Aholle” — Järvi-Pohjan hyvinvointialueelle!';
      const ms = detector.detect(text);
      expect(brief(ms)).toEqual([
        ['Anna Aholle', 'aho'],
        ['Järvi-Pohjan hyvinvointialueelle', 'jp'],
      ]);
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    });

    it('are sorted by start', () => {
      const ms = detector.detect('Anna Aho ja SPR sekä Helsingin kaupunki ja Anna Aho.');
      expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
      expect(ms).toHaveLength(4);
    });
  });

  it('counts indexed alias variants', () => {
    expect(detector.aliasCount).toBeGreaterThan(20);
    expect(buildDetector([]).aliasCount).toBe(0);
    expect(buildDetector([]).detect('Anna Aho')).toEqual([]);
  });
});
