import { obliqueStems, textStems, weakGrades } from '../../../src/detection/inflection';

/** Whether `inflected` is an inflected form of `base` under the detector's rules. */
function inflects(base: string, inflected: string): boolean {
  const stems = new Set(obliqueStems(base));
  return textStems(inflected).stems.some((s) => stems.has(s));
}

describe('oblique stems of base forms', () => {
  it.each([
    ['kaupunki', 'kaupungi'], // nk → ng
    ['helsinki', 'helsingi'],
    ['lahti', 'lahde'], // i → e, ht → hd
    ['järvi', 'järve'],
    ['seinäjoki', 'seinäjoe'], // k → ∅
    ['turku', 'turu'], // rk → r
    ['kunta', 'kunna'], // nt → nn
    ['pekka', 'peka'], // kk → k
    ['virtanen', 'virtase'],
    ['virtanen', 'virtas'],
    ['rakennus', 'rakennukse'],
    ['kangas', 'kankaa'], // weak base form, strong stem
    ['alue', 'aluee'],
    ['liike', 'liikkee'],
    ['vesi', 'vede'],
    ['lindholm', 'lindholmi'],
    ['oikeus', 'oikeute'], // -us → -ute- before the illative: oikeuteen
    ['yhteys', 'yhteyte'],
    ['avain', 'avaime'], // -in → -ime-
    ['aika', 'aja'], // ik → j
    ['poika', 'poja'],
    ['palvelukodit', 'palvelukoti'], // plural: palvelukotien
    ['palvelukodit', 'palvelukodei'], // palvelukodeille
    ['palvelukodit', 'palvelukotei'], // palvelukoteihin
    ['kunnat', 'kunti'], // kuntien, kuntiin
    ['alueet', 'aluei'], // alueille
    ['palvelut', 'palveluj'], // palvelujen
    ['palvelut', 'palveluid'], // palveluiden
  ])('%s has the stem %s', (base, stem) => {
    expect(obliqueStems(base)).toContain(stem);
  });

  it('leaves words without gradation alone', () => {
    expect(weakGrades('aho')).toEqual([]);
    expect(weakGrades('kotka')).toEqual([]);
    expect(obliqueStems('espoo')).toEqual(['espoo']);
  });
});

describe('inflected forms in text', () => {
  it.each([
    // Finnish case endings
    ['hyvinvointialue', 'hyvinvointialueelle'],
    ['hyvinvointialue', 'hyvinvointialueen'],
    ['hyvinvointialue', 'hyvinvointialueeseen'],
    ['hyvinvointialue', 'hyvinvointialuetta'],
    ['kaupunki', 'kaupungin'],
    ['kaupunki', 'kaupunkiin'],
    ['kaupunki', 'kaupungilta'],
    ['aho', 'aholle'],
    ['aho', 'ahollekin'],
    ['aho', 'ahoa'],
    ['virtanen', 'virtaselle'],
    ['virtanen', 'virtasta'],
    ['järvinen', 'järviselle'],
    ['järvi', 'järveen'],
    ['lahti', 'lahdessa'],
    ['lahti', 'lahteen'],
    ['turku', 'turkuun'],
    ['turku', 'turussa'],
    ['espoo', 'espooseen'],
    ['vantaa', 'vantaalla'],
    ['tampere', 'tampereella'],
    ['tampere', 'tamperetta'],
    ['kangas', 'kankaalle'],
    ['rakennus', 'rakennuksen'],
    ['rakennus', 'rakennusta'],
    ['osuuskunta', 'osuuskunnalle'],
    ['lindholm', 'lindholmille'],
    ['uusi', 'uudelle'],
    ['kivi', 'kiven'],
    // Swedish genitive and definite forms
    ['välfärdsområde', 'välfärdsområdet'],
    ['välfärdsområde', 'välfärdsområdets'],
    ['välfärdsområde', 'välfärdsområdes'],
    ['stad', 'stads'],
    ['stad', 'staden'],
    ['stad', 'stadens'],
    ['byggbolaget', 'byggbolagets'],
    ['kommun', 'kommunens'],
  ])('%s ← %s', (base, inflected) => {
    expect(inflects(base, inflected)).toBe(true);
  });

  it.each([
    ['aho', 'ahonen'],
    ['aho', 'ahola'],
    ['kivi', 'kivinen'],
    ['virtanen', 'virta'],
    ['lahti', 'lahtinen'],
    ['koski', 'koskela'],
    ['kaupunki', 'kaupunginhallitus'],
    ['salo', 'salonen'],
  ])('%s is not %s', (base, other) => {
    expect(inflects(base, other)).toBe(false);
  });

  it('strips only whole endings and keeps at least two letters', () => {
    expect(textStems('an').stems).toEqual([]);
    const { stems, endings } = textStems('aholle');
    expect(stems[endings.indexOf('lle')]).toBe('aho');
  });
});
