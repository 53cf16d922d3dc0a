/**
 * Labelled sentences for the long official names that real agenda texts use (issue 19): joint
 * authorities, state agencies, courts and companies, grouped by the kind of variation that made
 * them slip through. Same labelling convention as `sentences.ts`; every kind has sentences in
 * both languages and distractors (phrases that look like a name but are not one).
 *
 * Finnish inflected forms were checked against Voikko's analysis (base form and case).
 */
import type { CorpusKind, CorpusSentence, ExpectedMention } from './sentences';

const fi = (kind: CorpusKind, text: string, mentions: ExpectedMention[]): CorpusSentence => ({ lang: 'fi', kind, text, mentions });
const sv = (kind: CorpusKind, text: string, mentions: ExpectedMention[]): CorpusSentence => ({ lang: 'sv', kind, text, mentions });

const HYPHEN: CorpusKind = 'suspended hyphens in coordinated compounds';
const STEM: CorpusKind = 'stem-changing inflection';
const COLON: CorpusKind = 'case endings after abbreviations with a colon';
const LONGEST: CorpusKind = 'the longest name wins';
const DEFINITE: CorpusKind = 'definite and genitive forms of multi-word names';
const PLACE: CorpusKind = 'place names that are not parties';

export const LONG_NAME_CORPUS: readonly CorpusSentence[] = [
  // ─── Suspended hyphens ───────────────────────────────────────────────────────────────────
  fi(HYPHEN, 'Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä on pyytänyt kaupungilta lausuntoa.', [
    { s: 'Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä', id: 'eksote' },
  ]),
  fi(HYPHEN, 'Tontti vuokrataan Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymälle.', [
    { s: 'Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymälle', id: 'eksote' },
  ]),
  fi(HYPHEN, 'Etelä-Karjalan sosiaali- sekä terveyspalvelujen kuntayhtymän lausunto on liitteenä.', [
    { s: 'Etelä-Karjalan sosiaali- sekä terveyspalvelujen kuntayhtymän', id: 'eksote' },
  ]),
  fi(HYPHEN, 'Sopimus tehdään Etelä-Karjalan sosiaalipalvelujen ja terveyspalvelujen kuntayhtymän kanssa.', [
    { s: 'Etelä-Karjalan sosiaalipalvelujen ja terveyspalvelujen kuntayhtymän', id: 'eksote' },
  ]),
  fi(HYPHEN, 'Järvi-Pohjan kehittämis- ja hallintokeskukselle myönnetään määräraha.', [
    { s: 'Järvi-Pohjan kehittämis- ja hallintokeskukselle', id: 'kehitys' },
  ]),
  fi(HYPHEN, 'Hakemus toimitetaan Varsinais-Suomen elinkeino-, liikenne- ja ympäristökeskukseen.', [
    { s: 'Varsinais-Suomen elinkeino-, liikenne- ja ympäristökeskukseen', id: 'ely' },
  ]),
  fi(HYPHEN, 'Järvi-Pohjan työ-, elinkeino- ja liikennetoimisto sekä Eksote osallistuvat hankkeeseen.', [
    { s: 'Järvi-Pohjan työ-, elinkeino- ja liikennetoimisto', id: 'ant' },
    { s: 'Eksote', id: 'eksote' },
  ]),
  fi(
    HYPHEN,
    'Kunta järjestää sosiaali- ja terveyspalvelut yhdessä naapurikuntien kanssa; kehittämis- ja hallintokeskus perustetaan myöhemmin.',
    [],
  ),
  fi(HYPHEN, 'Etelä-Karjalan sosiaali- ja terveyspalvelujen kehittäminen jatkuu.', []),
  fi(HYPHEN, 'ETELÄ-KARJALAN SOSIAALI– JA TERVEYSPALVELUJEN KUNTAYHTYMÄN LAUSUNTO', [
    { s: 'ETELÄ-KARJALAN SOSIAALI– JA TERVEYSPALVELUJEN KUNTAYHTYMÄN', id: 'eksote' },
  ]),
  sv(HYPHEN, 'Södra Karelens social- och hälsovårdsdistrikt har begärt ett utlåtande av staden.', [
    { s: 'Södra Karelens social- och hälsovårdsdistrikt', id: 'eksote' },
  ]),
  sv(HYPHEN, 'Södra Karelens social- och hälsovårdsdistrikts styrelse behandlar ärendet.', [
    { s: 'Södra Karelens social- och hälsovårdsdistrikts', id: 'eksote' },
  ]),
  sv(HYPHEN, 'Avtalet med Södra Karelens social- samt hälsovårdsdistrikt förlängs.', [
    { s: 'Södra Karelens social- samt hälsovårdsdistrikt', id: 'eksote' },
  ]),
  sv(HYPHEN, 'Hälso- och sjukvårdsdistriktet i Järvi-Pohja hyr lokalerna.', [
    { s: 'Hälso- och sjukvårdsdistriktet i Järvi-Pohja', id: 'shp' },
  ]),
  sv(HYPHEN, 'Ansökan lämnas till Arbets-, närings- och trafikbyrån i Järvi-Pohja senast i maj.', [
    { s: 'Arbets-, närings- och trafikbyrån i Järvi-Pohja', id: 'ant' },
  ]),
  sv(HYPHEN, 'Närings-, trafik- och miljöcentralen i Egentliga Finland har beviljat stöd.', [
    { s: 'Närings-, trafik- och miljöcentralen i Egentliga Finland', id: 'ely' },
  ]),
  sv(HYPHEN, 'Järvi-Pohjas utvecklings- och förvaltningscentral anställer två personer.', [
    { s: 'Järvi-Pohjas utvecklings- och förvaltningscentral', id: 'kehitys' },
  ]),
  sv(HYPHEN, 'Staden ordnar social- och hälsovårdstjänster; arbets- och näringstjänsterna flyttas.', []),

  // ─── Stem-changing inflection ────────────────────────────────────────────────────────────
  fi(STEM, 'Kaupunki vuokraa konesalin Järvi-Pohjan Tietokeskukselle.', [{ s: 'Järvi-Pohjan Tietokeskukselle', id: 'tietokeskus' }]),
  fi(STEM, 'Järvi-Pohjan Tietokeskuksen tarjous on edullisin; tietokeskuksen palvelut ostetaan.', [
    { s: 'Järvi-Pohjan Tietokeskuksen', id: 'tietokeskus' },
  ]),
  fi(STEM, 'Haastehakemus toimitetaan Pirkanmaan käräjäoikeuteen, ja Pirkanmaan käräjäoikeuden päätös annetaan kesällä.', [
    { s: 'Pirkanmaan käräjäoikeuteen', id: 'ko' },
    { s: 'Pirkanmaan käräjäoikeuden', id: 'ko' },
  ]),
  fi(STEM, 'Kultaiselle Avaimelle myönnetään avustus; Kultaisen Avaimen hakemus on liitteenä.', [
    { s: 'Kultaiselle Avaimelle', id: 'avain' },
    { s: 'Kultaisen Avaimen', id: 'avain' },
  ]),
  fi(STEM, 'Hyvän Ajan Oy:n tarjous hylätään, koska se saapui ajan päätyttyä.', [{ s: 'Hyvän Ajan Oy:n', id: 'aika' }]),
  fi(STEM, 'Tampereen Palvelukotien Oy:n kanssa tehdään puitesopimus.', [{ s: 'Tampereen Palvelukotien Oy:n', id: 'tpk' }]),
  fi(STEM, 'Asukkaat siirtyvät Tampereen Palvelukoteihin syksyllä.', [{ s: 'Tampereen Palvelukoteihin', id: 'tpk' }]),
  fi(STEM, 'Jätemaksut maksetaan Pohjan Jätehuoltoyhtymälle.', [{ s: 'Pohjan Jätehuoltoyhtymälle', id: 'jatehuolto' }]),
  fi(STEM, 'Kauniin Kodin Oy:lle myönnetään rakennuslupa kauniin kodin rakentamiseen.', [{ s: 'Kauniin Kodin Oy:lle', id: 'kauniskoti' }]),
  fi(STEM, 'Järvelän Lähiyhteydelle maksetaan korvaus, ja liittymät siirretään Järvelän Lähiyhteyteen.', [
    { s: 'Järvelän Lähiyhteydelle', id: 'lahiyhteys' },
    { s: 'Järvelän Lähiyhteyteen', id: 'lahiyhteys' },
  ]),
  fi(STEM, 'Lääkkeet hankitaan Pohjan Lääkkeeltä.', [{ s: 'Pohjan Lääkkeeltä', id: 'laake' }]),
  fi(STEM, 'Tarjoukset pyydettiin Pohjan Tukulta, Pohjan Matolta, Pohjan Sillalta ja Pohjan Rannalta.', [
    { s: 'Pohjan Tukulta', id: 'tukku' },
    { s: 'Pohjan Matolta', id: 'matto' },
    { s: 'Pohjan Sillalta', id: 'silta' },
    { s: 'Pohjan Rannalta', id: 'ranta' },
  ]),
  fi(STEM, 'Avustus myönnetään Järvelän Kengälle, Pohjan Lammelle ja Pohjan Virralle.', [
    { s: 'Järvelän Kengälle', id: 'kenka' },
    { s: 'Pohjan Lammelle', id: 'lampi' },
    { s: 'Pohjan Virralle', id: 'virta' },
  ]),
  fi(STEM, 'Kouluruoka ostetaan Pohjan Ruoalta ja kalusteet Pohjan Kirpulta.', [
    { s: 'Pohjan Ruoalta', id: 'ruoka' },
    { s: 'Pohjan Kirpulta', id: 'kirppu' },
  ]),
  fi(STEM, 'Pohjan lammen ja Järvelän sillan kunnostus; Pohjan rannan kaava.', []),
  sv(STEM, 'Birkalands tingsrätts dom har vunnit laga kraft.', [{ s: 'Birkalands tingsrätts', id: 'ko' }]),
  sv(STEM, 'Järvi-Pohjas datacentrals offert godkänns.', [{ s: 'Järvi-Pohjas datacentrals', id: 'tietokeskus' }]),
  sv(STEM, 'Avfallsavgifterna betalas till Pohjas avfallssamkommun; Pohjas avfallssamkommuns taxa höjs.', [
    { s: 'Pohjas avfallssamkommun', id: 'jatehuolto' },
    { s: 'Pohjas avfallssamkommuns', id: 'jatehuolto' },
  ]),
  sv(STEM, 'Kultainen Avains ansökan beviljas.', [{ s: 'Kultainen Avains', id: 'avain' }]),
  sv(STEM, 'Tingsrättens dom och datacentralens offert bifogas.', []),

  // ─── Case endings after abbreviations with a colon ───────────────────────────────────────
  fi(COLON, 'Hyvä Aika Oy:lle maksetaan ennakko, ja Kuntarahoitus Oyj:stä saatiin lainatarjous.', [
    { s: 'Hyvä Aika Oy:lle', id: 'aika' },
    { s: 'Kuntarahoitus Oyj:stä', id: 'kuntarahoitus' },
  ]),
  fi(COLON, 'Järvelän Kenkä ry:n ja Pohjan Lampi ry:lle osoitetut avustukset maksetaan.', [
    { s: 'Järvelän Kenkä ry:n', id: 'kenka' },
    { s: 'Pohjan Lampi ry:lle', id: 'lampi' },
  ]),
  fi(COLON, 'Tampereen Palvelukodit Oy:hyn siirtyy kolme työntekijää Pohjan Ruoka Oy:stä.', [
    { s: 'Tampereen Palvelukodit Oy:hyn', id: 'tpk' },
    { s: 'Pohjan Ruoka Oy:stä', id: 'ruoka' },
  ]),
  fi(COLON, 'Rakennus Oy’n tarjous ja Pohjan Matto Oy’lle annettu tilaus.', [
    { s: 'Rakennus Oy’n', id: 'rakennus' },
    { s: 'Pohjan Matto Oy’lle', id: 'matto' },
  ]),
  fi(COLON, 'POHJAN SILTA OY:N JA POHJAN RANTA OY:N TARJOUKSET', [
    { s: 'POHJAN SILTA OY:N', id: 'silta' },
    { s: 'POHJAN RANTA OY:N', id: 'ranta' },
  ]),
  fi(COLON, 'Oy:n hallitus ja ry:n jäsenet; Betoni Oy:n tarjous hylätään, ja Pohjan Tukku Ky:ltä ei pyydetty tarjousta.', []),
  sv(COLON, 'Hyvä Aika Oy:s offert och Kommunfinans Abp:s lån godkänns.', [
    { s: 'Hyvä Aika Oy:s', id: 'aika' },
    { s: 'Kommunfinans Abp:s', id: 'kuntarahoitus' },
  ]),
  sv(COLON, 'Finlands Kommunförbund rf:s och Järvelä Idrottsförening rf:s utlåtanden bifogas.', [
    { s: 'Finlands Kommunförbund rf:s', id: 'kuntaliitto' },
    { s: 'Järvelä Idrottsförening rf:s', id: 'jus' },
  ]),
  sv(COLON, 'Avtalet med Tampereen Palvelukodit Oy:s dotterbolag och K-Lokaler Ab:s hyresavtal.', [
    { s: 'Tampereen Palvelukodit Oy:s', id: 'tpk' },
    { s: 'K-Lokaler Ab:s', id: 'ktilat' },
  ]),
  sv(COLON, 'Nordens Energi Abp’s vindkraftspark och Byggbolaget Ab’s anbud.', [
    { s: 'Nordens Energi Abp’s', id: 'pe' },
    { s: 'Byggbolaget Ab’s', id: 'bygg' },
  ]),
  sv(COLON, 'Ab:s styrelse och rf:s medlemmar; Betong Ab:s anbud förkastas.', []),

  // ─── The longest name wins ───────────────────────────────────────────────────────────────
  fi(LONGEST, 'Päätökseen voi hakea muutosta valittamalla Turun hallinto-oikeuteen.', [{ s: 'Turun hallinto-oikeuteen', id: 'hao' }]),
  fi(LONGEST, 'Turun hallinto-oikeuden päätös on lainvoimainen, ja Turun kaupunki maksaa kulut.', [
    { s: 'Turun hallinto-oikeuden', id: 'hao' },
    { s: 'Turun kaupunki', id: 'turku' },
  ]),
  fi(LONGEST, 'Urakka annetaan Oulun Energia Urakointi Oy:lle.', [{ s: 'Oulun Energia Urakointi Oy:lle', id: 'oeu' }]),
  fi(LONGEST, 'Oulun Energia Oy:n ja Oulun kaupungin välinen sopimus jatkuu.', [
    { s: 'Oulun Energia Oy:n', id: 'oe' },
    { s: 'Oulun kaupungin', id: 'oulu' },
  ]),
  fi(LONGEST, 'Tampereen Palvelukodit Oy tuottaa asumispalveluja Tampereelle.', [
    { s: 'Tampereen Palvelukodit Oy', id: 'tpk' },
    { s: 'Tampereelle', id: 'tampere' },
  ]),
  fi(LONGEST, 'Pirkanmaan hyvinvointialueen ja Pirkanmaan käräjäoikeuden edustajat kuultiin.', [
    { s: 'Pirkanmaan hyvinvointialueen', id: 'pirha' },
    { s: 'Pirkanmaan käräjäoikeuden', id: 'ko' },
  ]),
  fi(LONGEST, 'Tuusulan kunta ja Turku ovat hankkeen osapuolia.', [
    { s: 'Tuusulan kunta', id: 'tuusula' },
    { s: 'Turku', id: 'turku' },
  ]),
  sv(LONGEST, 'Besvär anförs hos Åbo förvaltningsdomstol.', [{ s: 'Åbo förvaltningsdomstol', id: 'hao' }]),
  sv(LONGEST, 'Åbo förvaltningsdomstols beslut har vunnit laga kraft och Åbo stad betalar kostnaderna.', [
    { s: 'Åbo förvaltningsdomstols', id: 'hao' },
    { s: 'Åbo stad', id: 'turku' },
  ]),
  sv(LONGEST, 'Entreprenaden ges till Oulun Energia Urakointi Oy.', [{ s: 'Oulun Energia Urakointi Oy', id: 'oeu' }]),
  sv(LONGEST, 'Avtalet mellan Uleåborgs stad och Oulun Energia Oy förlängs.', [
    { s: 'Uleåborgs stad', id: 'oulu' },
    { s: 'Oulun Energia Oy', id: 'oe' },
  ]),
  sv(LONGEST, 'Tammerfors stad köper tjänster av Tampereen Palvelukodit Oy.', [
    { s: 'Tammerfors stad', id: 'tampere' },
    { s: 'Tampereen Palvelukodit Oy', id: 'tpk' },
  ]),

  // ─── Definite and genitive forms of multi-word names ─────────────────────────────────────
  fi(DEFINITE, 'Etelä-Suomen aluehallintoviraston lupapäätös merkitään tiedoksi.', [{ s: 'Etelä-Suomen aluehallintoviraston', id: 'avi' }]),
  fi(DEFINITE, 'Varsinais-Suomen ELY-keskukselle annetaan lausunto; ELY-keskuksen ohje on liitteenä.', [
    { s: 'Varsinais-Suomen ELY-keskukselle', id: 'ely' },
  ]),
  fi(DEFINITE, 'Tuusulan kunnan ja Pirkanmaan hyvinvointialueen sopimus hyväksytään.', [
    { s: 'Tuusulan kunnan', id: 'tuusula' },
    { s: 'Pirkanmaan hyvinvointialueen', id: 'pirha' },
  ]),
  fi(DEFINITE, 'Aluehallintoviraston ja hyvinvointialueen edustajat kuultiin.', []),
  sv(DEFINITE, 'Järvi-Pohjas utvecklings- och förvaltningscentralens utlåtande bifogas.', [
    { s: 'Järvi-Pohjas utvecklings- och förvaltningscentralens', id: 'kehitys' },
  ]),
  sv(DEFINITE, 'Tusby kommuns yttrande och Uleåborgs stads bidrag antecknas.', [
    { s: 'Tusby kommuns', id: 'tuusula' },
    { s: 'Uleåborgs stads', id: 'oulu' },
  ]),
  sv(DEFINITE, 'Regionförvaltningsverket i Södra Finland har beviljat tillståndet.', [
    { s: 'Regionförvaltningsverket i Södra Finland', id: 'avi' },
  ]),
  sv(DEFINITE, 'Regionförvaltningsverkets i Södra Finland beslut och NTM-centralens i Egentliga Finland utlåtande bifogas.', [
    { s: 'Regionförvaltningsverkets i Södra Finland', id: 'avi' },
    { s: 'NTM-centralens i Egentliga Finland', id: 'ely' },
  ]),
  sv(DEFINITE, 'NTM-centralen i Egentliga Finland och Åbo stads miljönämnd.', [
    { s: 'NTM-centralen i Egentliga Finland', id: 'ely' },
    { s: 'Åbo stads', id: 'turku' },
  ]),
  sv(DEFINITE, 'Birkalands välfärdsområdets regionstyrelse har gett sitt utlåtande till Birkalands välfärdsområde.', [
    { s: 'Birkalands välfärdsområdets', id: 'pirha' },
    { s: 'Birkalands välfärdsområde', id: 'pirha', n: 1 },
  ]),
  sv(DEFINITE, 'Välfärdsområdets och kommunens representanter; centralens och byråns utlåtanden.', []),

  // ─── Place names that are not parties ────────────────────────────────────────────────────
  fi(PLACE, 'Kiinteistö sijaitsee Tuusulan Kuninkaanlähteessä, ja se myydään Tuusulalle.', [
    { s: 'Tuusulan', id: 'tuusula', role: 'location' },
    { s: 'Tuusulalle', id: 'tuusula', role: 'party' },
  ]),
  fi(PLACE, 'Koulutus järjestetään Oulussa, ja laskutus tapahtuu Oululta.', [
    { s: 'Oulussa', id: 'oulu', role: 'location' },
    { s: 'Oululta', id: 'oulu', role: 'party' },
  ]),
  fi(PLACE, 'Tampereella sijaitseva toimipiste siirtyy; Tampere vastaa kustannuksista.', [
    { s: 'Tampereella', id: 'tampere', role: 'location' },
    { s: 'Tampere', id: 'tampere', n: 1, role: 'party' },
  ]),
  fi(PLACE, 'Tuusulanjärven rannalla sijaitseva tila ja Turunmaan saaristo.', []),
  sv(PLACE, 'Fastigheten ligger i Tusby, och den säljs till Tusby kommun.', [
    { s: 'Tusby', id: 'tuusula', role: 'location' },
    { s: 'Tusby kommun', id: 'tuusula', role: 'party' },
  ]),
  sv(PLACE, 'Utbildningen ordnas i Uleåborg, och Uleåborg står för kostnaderna.', [
    { s: 'Uleåborg', id: 'oulu', role: 'location' },
    { s: 'Uleåborg', id: 'oulu', n: 1, role: 'party' },
  ]),
  sv(PLACE, 'Kontoret på Kuninkaanlähde i Tammerfors stängs; avtalet med Tammerfors sägs upp.', [
    { s: 'Tammerfors', id: 'tampere', role: 'location' },
    { s: 'Tammerfors', id: 'tampere', n: 1, role: 'party' },
  ]),
  sv(PLACE, 'Åboländska skärgården och Tusbysjöns strand.', []),
];
