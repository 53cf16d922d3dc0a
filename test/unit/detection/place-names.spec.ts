import { translatedNames } from '../../../src/detection/place-names';

const names = (core: string[]) => translatedNames(core).map((t) => t.keys.join(' '));

describe('bodies named after a place, in the other language', () => {
  it('a Finnish name gives the Swedish one, with the place as it is and in the genitive', () => {
    expect(names(['pirkanmaan', 'hyvinvointialue'])).toEqual(['birkalands välfärdsområde', 'birkaland välfärdsområde']);
    expect(names(['turun', 'hallintooikeus'])).toEqual(['åbo förvaltningsdomstol']);
    expect(names(['varsinaissuomen', 'hyvinvointialue'])).toContain('egentliga finlands välfärdsområde');
  });

  it('a Swedish name gives the Finnish one', () => {
    expect(names(['tusby', 'kommun'])).toEqual(['tuusulan kunta']);
    expect(names(['västra', 'nylands', 'välfärdsområde'])).toEqual(['länsiuudenmaan hyvinvointialue']);
  });

  it('leaves other names alone: unknown places, other head words, longer names', () => {
    expect(names(['järvipohjan', 'hyvinvointialue'])).toEqual([]);
    expect(names(['tampereen', 'palvelukodit'])).toEqual([]);
    expect(names(['oulun', 'energia', 'urakointi'])).toEqual([]);
  });
});
