/**
 * Registry fixture for the labelled corpus: fictional organisations (Finnish and Swedish names,
 * abbreviations, company forms in both orders) and persons. All Y-tunnus values have valid
 * check digits. Bodies (`Kaupunginhallitus`, `Aluehallitus`, `Stadsstyrelsen`) are included on
 * purpose: they must never match on their own.
 */
import type { AliasSource } from '../../../../src/detection';

const org = (
  entityId: string,
  names: (string | [string, 'fi' | 'sv' | 'en'])[],
  businessId?: string,
): AliasSource => ({
  entityType: 'organization',
  entityId,
  names: names.map((n) => (typeof n === 'string' ? { name: n, lang: 'fi' } : { name: n[0], lang: n[1] })),
  identifiers: businessId ? [{ scheme: 'fi:ytunnus', identifier: businessId }] : [],
});

const person = (entityId: string, givenName: string, familyName: string, other: string[] = []): AliasSource => ({
  entityType: 'person',
  entityId,
  givenName,
  familyName,
  names: [{ name: `${givenName} ${familyName}` }, ...other.map((name) => ({ name }))],
});

export const ORGANIZATIONS: AliasSource[] = [
  org('jp', ['Järvi-Pohjan hyvinvointialue', ['Järvi-Pohjas välfärdsområde', 'sv']], '2914605-4'),
  org('lu', ['Länsi-Uudenmaan hyvinvointialue', ['Västra Nylands välfärdsområde', 'sv']], '3221336-9'),
  org('h', ['Hyvinvointialue H', ['Välfärdsområde H', 'sv']], '3221318-2'),
  org('k', ['Kaupunki K', ['Staden K', 'sv']], '0204819-8'),
  org('jarvela', ['Järvelän kaupunki', ['Järvelä stad', 'sv']], '1943121-4'),
  org('rakennus', ['Rakennus Oy'], '1122334-9'),
  org('ktilat', ['K-Tilat Oy', ['K-Lokaler Ab', 'sv']], '2345678-0'),
  org('bygg', [['Byggbolaget Ab', 'sv'], 'Rakennusyhtiö Byggbolaget Oy'], '2756312-9'),
  org('jsahko', ['Oy Järvisähkö Ab'], '0845217-5'),
  org('puurakenne', ['Pohjan Puurakenne Oy'], '1610378-4'),
  org('mv', ['Mäkelä & Virta Ky']),
  org('keskustalo', ['Kiinteistö Oy Järvelän Keskustalo', ['Fastighets Ab Järvelä Centrumhuset', 'sv']]),
  org('kotipesa', ['Asunto Oy Kotipesä']),
  org('vesi', ['Järvelän Vesi Oy', ['Järvelä Vatten Ab', 'sv']], '3012345-8'),
  org('jus', ['Järvelän Urheiluseura ry', ['Järvelä Idrottsförening rf', 'sv']]),
  org('spr', ['Suomen Punainen Risti', ['Finlands Röda Kors', 'sv'], 'SPR', ['FRK', 'sv']]),
  org('jpky', ['Järvi-Pohjan koulutuskuntayhtymä', ['Järvi-Pohjas utbildningssamkommun', 'sv'], 'JPKY']),
  org('lahtinen-tmi', ['Tmi Mikko Lahtinen']),
  org('kuntarahoitus', ['Kuntarahoitus Oyj', ['Kommunfinans Abp', 'sv'], 'Kuntarahoitus'], '0912784-1'),
  org('pe', ['Pohjolan Energia Oyj', ['Nordens Energi Abp', 'sv']], '2468013-5'),
  org('jsk', ['Järvelän Seudun Kehitys Oy', 'JSK'], '1357924-2'),
  org('aalto-consulting', ['Aalto Consulting Oy']),
  org('metsa-osk', ['Osuuskunta Pohjan Metsä', ['Andelslaget Pohjans Skog', 'sv']]),
  org('strand', [['Byggnads Ab Strand', 'sv']]),
  org('nordic-oy', ['Nordic Bygg Oy']),
  org('nordic-ab', [['Nordic Bygg Ab', 'sv']]),
  org('tyoterveys', ['Järvelän Työterveys Oy', ['Järvelä Företagshälsa Ab', 'sv']]),
  org('sahkoaho', ['Sähkö-Aho Oy']),
  org('rlvirtanen', ['Rakennusliike Virtanen Oy']),
  org('kuntaliitto', ['Suomen Kuntaliitto ry', ['Finlands Kommunförbund rf', 'sv'], 'Kuntaliitto']),
  org('keva', ['Keva']),
  org('kvesi', ['K-Vesi liikelaitos', ['K-Vatten affärsverk', 'sv']]),
  // Bodies: generic names that must never be mentions by themselves.
  org('k-kh', ['Kaupunginhallitus', ['Stadsstyrelsen', 'sv']]),
  org('h-ah', ['Aluehallitus', ['Regionstyrelsen', 'sv']]),
];

export const PERSONS: AliasSource[] = [
  person('p-aho', 'Anna', 'Aho'),
  person('p-virtanen', 'Matti', 'Virtanen'),
  person('p-lahtinen', 'Mikko', 'Lahtinen'),
  person('p-makinen', 'Liisa', 'Mäkinen'),
  person('p-korhonen', 'Pekka', 'Korhonen'),
  person('p-koski', 'Kaisa', 'Koski'),
  person('p-jarvinen', 'Juha', 'Järvinen'),
  person('p-lahti', 'Sari', 'Lahti'),
  person('p-lindholm', 'Erik', 'Lindholm'),
  person('p-nystrom', 'Maria', 'Nyström'),
  person('p-kangas', 'Antti', 'Kangas'),
  person('p-aalto1', 'Anna', 'Aalto'),
  person('p-aalto2', 'Anna', 'Aalto'),
  person('p-kivi', 'Kalle', 'Kivi'),
  person('p-rantanen', 'Anna-Liisa', 'Rantanen'),
  person('p-strand', 'Johanna', 'Strand'),
  person('p-salo', 'Ville Juhani', 'Salo'),
  person('p-turunen', 'Tiina', 'Turunen', ['Tiina Mäkelä']),
];

export const REGISTRY: AliasSource[] = [...ORGANIZATIONS, ...PERSONS];
