import { type AliasSource, buildDetector } from '../../../src/detection';
import { splitAliasForm } from '../../../src/detection/company-forms';
import { normalizeKey } from '../../../src/detection/normalize';

const keys = (name: string) => name.split(' ').map(normalizeKey);
const org = (entityId: string, ...names: string[]): AliasSource => ({
  entityType: 'organization',
  entityId,
  names: names.map((name) => ({ name })),
});

describe('splitAliasForm', () => {
  it.each([
    ['Rakennus Oy', ['rakennus'], 'oy', false],
    ['Oy Rakennus Ab', ['rakennus'], 'oy', true],
    ['Kuntarahoitus Oyj', ['kuntarahoitus'], 'oyj', false],
    ['Kommunfinans Abp', ['kommunfinans'], 'oyj', false],
    ['Asunto Oy Kotipesä', ['kotipesä'], 'asoy', true],
    ['Kiinteistö Oy Järvelän Keskustalo', ['järvelän', 'keskustalo'], 'koy', true],
    ['Mäkelä & Virta Ky', ['mäkelä', '&', 'virta'], 'ky', false],
    ['Järvelän Urheiluseura ry', ['järvelän', 'urheiluseura'], 'ry', false],
    ['Osuuskunta Pohjan Metsä', ['pohjan', 'metsä'], 'osk', true],
    ['Tmi Mikko Lahtinen', ['mikko', 'lahtinen'], 'tmi', true],
    ['Byggnads Ab Strand', ['byggnads', 'ab', 'strand'], null, false],
    ['Oy', ['oy'], null, false],
  ])('%s', (name, core, form, leading) => {
    const split = splitAliasForm(keys(name));
    expect([split.core, split.form, split.leading]).toEqual([core, form, leading]);
  });
});

describe('company-form variants in text', () => {
  const detector = buildDetector([
    org('rakennus', 'Rakennus Oy'),
    org('kr', 'Kuntarahoitus Oyj'),
    org('bygg', 'Byggbolaget Ab'),
    org('jsahko', 'Oy Järvisähkö Ab'),
    org('kotipesa', 'Asunto Oy Kotipesä'),
    org('vesi', 'Järvelän Vesi Oy'),
  ]);
  const found = (text: string) => detector.detect(text).map((m) => [m.surface, m.entityId]);

  it.each([
    ['Rakennus Oy', 'Rakennus Oy'],
    ['Rakennus Ab:n', 'Rakennus Ab:n'],
    ['Oy Rakennus Ab', 'Oy Rakennus Ab'],
    ['Rakennus Osakeyhtiölle', 'Rakennus Osakeyhtiölle'],
    ['Rakennus Aktiebolagets', 'Rakennus Aktiebolagets'],
    ['RAKENNUS OY:LLE', 'RAKENNUS OY:LLE'],
    ['rakennus oy:n', 'rakennus oy:n'],
    ['Järvisähkö Oy', 'Järvisähkö Oy'],
    ['Järvisähkö Ab:s', 'Järvisähkö Ab:s'],
    ['Asunto Oy Kotipesän', 'Asunto Oy Kotipesän'],
    ['As Oy Kotipesä', 'As Oy Kotipesä'],
    ['Bostads Ab Kotipesä', 'Bostads Ab Kotipesä'],
  ])('finds %s', (text, surface) => {
    expect(found(`Sopimus: ${text} tänään.`)[0]?.[0]).toBe(surface);
  });

  it('needs the form when the core is a common word', () => {
    expect(found('Rakennus valmistuu, ja rakennuksen urakoitsija vaihtuu.')).toEqual([]);
  });

  it('does not take a company of another form', () => {
    expect(found('Rakennus Ky:n tarjous hylätään.')).toEqual([]);
    expect(found('Rakennus ry järjestää talkoot.')).toEqual([]);
  });

  it('accepts a form of the same family at lower confidence', () => {
    const [exact] = detector.detect('Kuntarahoitus Oyj:n laina');
    const [family] = detector.detect('Kuntarahoitus Oy:n laina');
    expect(family.entityId).toBe('kr');
    expect(family.confidence).toBeLessThan(exact.confidence);
  });

  it('lets a multi-word core stand without its form, at lower confidence', () => {
    const [m] = detector.detect('Pumppaamo vuokrataan Järvelän Vedelle.');
    expect([m.surface, m.entityId, m.reason]).toEqual(['Järvelän Vedelle', 'vesi', 'stem']);
    expect(m.confidence).toBeLessThan(0.9);
  });

  it('lets a distinctive one-word core stand without its form only weakly, and only capitalised', () => {
    const [m] = detector.detect('Byggbolagets anbud godkänns.');
    expect(m.entityId).toBe('bygg');
    expect(m.confidence).toBeLessThan(0.6);
    expect(found('byggbolaget lämnade anbud')).toEqual([]);
  });

  it('does not let a registered person family name stand for a company', () => {
    const d = buildDetector([
      org('lindholmsbolag', 'Lindholmsbyggarna Ab'),
      { entityType: 'person', entityId: 'p', givenName: 'Erik', familyName: 'Lindholmsbyggarna', names: [] },
    ]);
    expect(d.detect('Lindholmsbyggarna föreslog bordläggning.')).toEqual([]);
  });
});
