/**
 * Labelled agenda sentences, Finnish and Swedish, against `registry.ts`. Every mention of a
 * registered organisation or person is listed by its surface (`n`: which occurrence, 0-based);
 * `id` is the entity, or the list of candidates when the name is shared (ambiguous).
 *
 * Labelling convention: a mention covers whole words, its case ending included (`Oy:n`,
 * `hyvinvointialueelle`), and the company form when it stands next to the name (`Oy Järvisähkö
 * Ab`). A family name alone is not a mention. Unlisted names (`Betoni Oy`, `HUS`), bodies, common
 * words and invalid business IDs are distractors and must produce nothing.
 */

import { LONG_NAME_CORPUS } from './long-names';

export interface ExpectedMention {
  readonly s: string;
  readonly id: string | readonly string[];
  readonly n?: number;
  /** For place names: a location in the municipality, or the municipality as a party (ranked by confidence). */
  readonly role?: 'location' | 'party';
}

/** The kind of name a sentence tests (`long-names.ts`); the original sentences are `basic`. */
export type CorpusKind =
  | 'basic'
  | 'suspended hyphens in coordinated compounds'
  | 'stem-changing inflection'
  | 'case endings after abbreviations with a colon'
  | 'the longest name wins'
  | 'definite and genitive forms of multi-word names'
  | 'place names that are not parties';

export interface CorpusSentence {
  readonly lang: 'fi' | 'sv';
  readonly text: string;
  readonly mentions: readonly ExpectedMention[];
  readonly kind?: CorpusKind;
}

export const BASIC_CORPUS: readonly CorpusSentence[] = [
  // ─── Finnish ───────────────────────────────────────────────────────────────────────────────
  {
    lang: 'fi',
    text: 'Kaupunginhallitus päättää myydä kiinteistön 91-4-12-3 Järvi-Pohjan hyvinvointialueelle 450 000 euron kauppahinnasta.',
    mentions: [{ s: 'Järvi-Pohjan hyvinvointialueelle', id: 'jp' }],
  },
  {
    lang: 'fi',
    text: 'Tekninen lautakunta hyväksyy Rakennus Oy:n tarjouksen koulun peruskorjauksesta.',
    mentions: [{ s: 'Rakennus Oy:n', id: 'rakennus' }],
  },
  {
    lang: 'fi',
    text: 'Kaupunki vuokraa toimitilat K-Tilat Oy:ltä viiden vuoden ajaksi.',
    mentions: [{ s: 'K-Tilat Oy:ltä', id: 'ktilat' }],
  },
  {
    lang: 'fi',
    text: 'Sopimus Oy Järvisähkö Ab:n kanssa jatkuu vuoden 2027 loppuun.',
    mentions: [{ s: 'Oy Järvisähkö Ab:n', id: 'jsahko' }],
  },
  {
    lang: 'fi',
    text: 'Järvisähkö Oy toimittaa sähkön kaikkiin kaupungin kiinteistöihin.',
    mentions: [{ s: 'Järvisähkö Oy', id: 'jsahko' }],
  },
  {
    lang: 'fi',
    text: 'Myönnetään Järvelän Urheiluseura ry:lle 12 000 euron toiminta-avustus vuodelle 2026.',
    mentions: [{ s: 'Järvelän Urheiluseura ry:lle', id: 'jus' }],
  },
  {
    lang: 'fi',
    text: 'Avustusta myönnetään Suomen Punaiselle Ristille ja SPR:n Järvelän osastolle.',
    mentions: [
      { s: 'Suomen Punaiselle Ristille', id: 'spr' },
      { s: 'SPR:n', id: 'spr' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kaupunginhallitus antaa lausunnon Länsi-Uudenmaan hyvinvointialueelle sote-palvelujen järjestämisestä.',
    mentions: [{ s: 'Länsi-Uudenmaan hyvinvointialueelle', id: 'lu' }],
  },
  {
    lang: 'fi',
    text: 'Hyvinvointialue H:n aluehallitus on pyytänyt kaupungilta lausuntoa palveluverkosta.',
    mentions: [{ s: 'Hyvinvointialue H:n', id: 'h' }],
  },
  {
    lang: 'fi',
    text: 'Kiinteistö myydään Hyvinvointialue H:lle; ostajan Y-tunnus on 3221318-2.',
    mentions: [
      { s: 'Hyvinvointialue H:lle', id: 'h' },
      { s: '3221318-2', id: 'h' },
    ],
  },
  {
    lang: 'fi',
    text: 'Hankintasopimus tehdään Pohjan Puurakenne Oy:n (Y-tunnus 1610378-4) kanssa.',
    mentions: [
      { s: 'Pohjan Puurakenne Oy:n', id: 'puurakenne' },
      { s: '1610378-4', id: 'puurakenne' },
    ],
  },
  {
    lang: 'fi',
    text: 'Määräaikaan mennessä tarjouksen jättivät Rakennus Oy, Betoni ja Laatta Oy sekä Mäkelä & Virta Ky.',
    mentions: [
      { s: 'Rakennus Oy', id: 'rakennus' },
      { s: 'Mäkelä & Virta Ky', id: 'mv' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kaupunki merkitsee Kiinteistö Oy Järvelän Keskustalon osakeannissa 200 uutta osaketta.',
    mentions: [{ s: 'Kiinteistö Oy Järvelän Keskustalon', id: 'keskustalo' }],
  },
  {
    lang: 'fi',
    text: 'Asunto Oy Kotipesälle myönnetään poikkeamislupa pihan laajentamiseen.',
    mentions: [{ s: 'Asunto Oy Kotipesälle', id: 'kotipesa' }],
  },
  {
    lang: 'fi',
    text: 'Järvelän Vesi Oy:n hallitukseen valitaan Matti Virtanen ja Liisa Mäkinen.',
    mentions: [
      { s: 'Järvelän Vesi Oy:n', id: 'vesi' },
      { s: 'Matti Virtanen', id: 'p-virtanen' },
      { s: 'Liisa Mäkinen', id: 'p-makinen' },
    ],
  },
  {
    lang: 'fi',
    text: 'Esittelijänä toimii kaupunginjohtaja Pekka Korhonen ja pöytäkirjanpitäjänä hallintosihteeri Kaisa Koski.',
    mentions: [
      { s: 'Pekka Korhonen', id: 'p-korhonen' },
      { s: 'Kaisa Koski', id: 'p-koski' },
    ],
  },
  {
    lang: 'fi',
    text: 'Päätös lähetetään tiedoksi Anna Aholle ja Juha Järviselle.',
    mentions: [
      { s: 'Anna Aholle', id: 'p-aho' },
      { s: 'Juha Järviselle', id: 'p-jarvinen' },
    ],
  },
  {
    lang: 'fi',
    text: 'Valtuutetut Virtanen Matti ja Mäkinen Liisa jättivät valtuustoaloitteen lähikirjastosta.',
    mentions: [
      { s: 'Virtanen Matti', id: 'p-virtanen' },
      { s: 'Mäkinen Liisa', id: 'p-makinen' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kaupunki ottaa Kuntarahoitus Oyj:ltä 5 miljoonan euron pitkäaikaisen lainan.',
    mentions: [{ s: 'Kuntarahoitus Oyj:ltä', id: 'kuntarahoitus' }],
  },
  {
    lang: 'fi',
    text: 'Lainatarjoukset pyydettiin Kuntarahoitukselta ja kolmelta pankilta.',
    mentions: [{ s: 'Kuntarahoitukselta', id: 'kuntarahoitus' }],
  },
  {
    lang: 'fi',
    text: 'Järvelän kaupunki ja Järvi-Pohjan hyvinvointialue solmivat yhteistyösopimuksen.',
    mentions: [
      { s: 'Järvelän kaupunki', id: 'jarvela' },
      { s: 'Järvi-Pohjan hyvinvointialue', id: 'jp' },
    ],
  },
  {
    lang: 'fi',
    text: 'Järvelän kaupungin omistama maa-alue vuokrataan Pohjolan Energia Oyj:lle tuulivoimapuistoa varten.',
    mentions: [
      { s: 'Järvelän kaupungin', id: 'jarvela' },
      { s: 'Pohjolan Energia Oyj:lle', id: 'pe' },
    ],
  },
  {
    lang: 'fi',
    text: 'Sopimuksen osapuolena on Järvelän Seudun Kehitys Oy (JSK), Y-tunnus 1357924-2.',
    mentions: [
      { s: 'Järvelän Seudun Kehitys Oy', id: 'jsk' },
      { s: 'JSK', id: 'jsk' },
      { s: '1357924-2', id: 'jsk' },
    ],
  },
  {
    lang: 'fi',
    text: 'JSK:n toimitusjohtaja Sari Lahti esittelee hankkeen lautakunnalle.',
    mentions: [
      { s: 'JSK:n', id: 'jsk' },
      { s: 'Sari Lahti', id: 'p-lahti' },
    ],
  },
  {
    lang: 'fi',
    text: 'Lahden kaupunki ja Lahti Energia eivät ole hankkeen osapuolia.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Kivi ja sora toimitetaan työmaalle Kalle Kiven omistamalta tilalta.',
    mentions: [{ s: 'Kalle Kiven', id: 'p-kivi' }],
  },
  {
    lang: 'fi',
    text: 'Rakennus valmistuu syksyllä, ja rakennuksen pääurakoitsijana toimii Rakennusliike Virtanen Oy.',
    mentions: [{ s: 'Rakennusliike Virtanen Oy', id: 'rlvirtanen' }],
  },
  {
    lang: 'fi',
    text: 'Aalto Consulting Oy:n laatima selvitys merkitään tiedoksi.',
    mentions: [{ s: 'Aalto Consulting Oy:n', id: 'aalto-consulting' }],
  },
  {
    lang: 'fi',
    text: 'Selvityksen laati projektipäällikkö Anna Aalto.',
    mentions: [{ s: 'Anna Aalto', id: ['p-aalto1', 'p-aalto2'] }],
  },
  {
    lang: 'fi',
    text: 'Tilintarkastusyhteisöksi valitaan Nordic Bygg Oy.',
    mentions: [{ s: 'Nordic Bygg Oy', id: 'nordic-oy' }],
  },
  {
    lang: 'fi',
    text: 'Nordic Byggin tarjous hylätään tarjouspyynnön vastaisena.',
    mentions: [{ s: 'Nordic Byggin', id: ['nordic-ab', 'nordic-oy'] }],
  },
  {
    lang: 'fi',
    text: 'Mikko Lahtinen on esteellinen, koska Tmi Mikko Lahtinen on tarjoajana.',
    mentions: [
      { s: 'Mikko Lahtinen', id: 'p-lahtinen' },
      { s: 'Tmi Mikko Lahtinen', id: 'lahtinen-tmi' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kaupunginhallitus ja aluehallitus kokoontuvat yhteiseen iltakouluun.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Oy:n ja kaupungin välinen sopimus irtisanotaan, ja kaupunki hakee uuden kumppanin.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Ostajan ilmoittama Y-tunnus 2914605-5 on virheellinen, joten kauppakirja palautetaan.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Myyjänä on Betoni Oy (Y-tunnus 2600011-3), jonka tarjous on voimassa kesäkuun loppuun.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Keva on ilmoittanut kuntien eläkemaksujen muutoksesta.',
    mentions: [{ s: 'Keva', id: 'keva' }],
  },
  {
    lang: 'fi',
    text: 'Suomen Kuntaliitto ry:n suositus otetaan huomioon; Kuntaliiton lausunto on liitteenä.',
    mentions: [
      { s: 'Suomen Kuntaliitto ry:n', id: 'kuntaliitto' },
      { s: 'Kuntaliiton', id: 'kuntaliitto' },
    ],
  },
  {
    lang: 'fi',
    text: 'K-Vesi liikelaitoksen johtokunta esittää vesihuoltotaksan korottamista.',
    mentions: [{ s: 'K-Vesi liikelaitoksen', id: 'kvesi' }],
  },
  {
    lang: 'fi',
    text: 'Sähkö-Aho Oy:n urakkatarjous on kokonaistaloudellisesti edullisin.',
    mentions: [{ s: 'Sähkö-Aho Oy:n', id: 'sahkoaho' }],
  },
  {
    lang: 'fi',
    text: 'Anna-Liisa Rantanen valitaan nuorisovaltuuston yhteyshenkilöksi.',
    mentions: [{ s: 'Anna-Liisa Rantanen', id: 'p-rantanen' }],
  },
  {
    lang: 'fi',
    text: 'Lautakunta kuuli asiantuntijoina Ville Salon ja Antti Kankaan.',
    mentions: [
      { s: 'Ville Salon', id: 'p-salo' },
      { s: 'Antti Kankaan', id: 'p-kangas' },
    ],
  },
  {
    lang: 'fi',
    text: 'Osuuskunta Pohjan Metsä ostaa kaupungin metsätilan puuston pystykauppana.',
    mentions: [{ s: 'Osuuskunta Pohjan Metsä', id: 'metsa-osk' }],
  },
  {
    lang: 'fi',
    text: 'Rakennusyhtiö Byggbolaget Oy:n kanssa tehty urakkasopimus puretaan.',
    mentions: [{ s: 'Rakennusyhtiö Byggbolaget Oy:n', id: 'bygg' }],
  },
  {
    lang: 'fi',
    text: 'Kaupunki K:n ja Järvelän kaupungin yhteishankinta kilpailutetaan keväällä.',
    mentions: [
      { s: 'Kaupunki K:n', id: 'k' },
      { s: 'Järvelän kaupungin', id: 'jarvela' },
    ],
  },
  {
    lang: 'fi',
    text: 'Aho esitti, että asia jätetään pöydälle; Koski kannatti esitystä.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Kunta myy tontin Järvi-Pohjan koulutuskuntayhtymälle (JPKY) ammattiopiston laajennusta varten.',
    mentions: [
      { s: 'Järvi-Pohjan koulutuskuntayhtymälle', id: 'jpky' },
      { s: 'JPKY', id: 'jpky' },
    ],
  },
  {
    lang: 'fi',
    text: 'Hyvinvointialueen ja kunnan yhteistyöryhmä kokoontuu kuukausittain.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Järvelän Työterveys Oy tuottaa kaupungin henkilöstön työterveyspalvelut.',
    mentions: [{ s: 'Järvelän Työterveys Oy', id: 'tyoterveys' }],
  },
  {
    lang: 'fi',
    text: 'Kaupunki vuokraa jätevedenpumppaamon Järvelän Vedelle kymmeneksi vuodeksi.',
    mentions: [{ s: 'Järvelän Vedelle', id: 'vesi' }],
  },
  {
    lang: 'fi',
    text: 'Lausunnon antoivat Erik Lindholm ja Maria Nyström.',
    mentions: [
      { s: 'Erik Lindholm', id: 'p-lindholm' },
      { s: 'Maria Nyström', id: 'p-nystrom' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kokouskutsu lähetetään myös Lindholmille ja Nyströmille.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Laboratoriopalvelut tilataan jatkossakin HUS:lta.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Y-tunnukset: Rakennus Oy 1122334-9 ja K-Tilat Oy 2345678-0.',
    mentions: [
      { s: 'Rakennus Oy', id: 'rakennus' },
      { s: '1122334-9', id: 'rakennus' },
      { s: 'K-Tilat Oy', id: 'ktilat' },
      { s: '2345678-0', id: 'ktilat' },
    ],
  },
  {
    lang: 'fi',
    text: 'Päätös annetaan tiedoksi Järvi-Pohjan hyvinvointialueen aluehallitukselle.',
    mentions: [{ s: 'Järvi-Pohjan hyvinvointialueen', id: 'jp' }],
  },
  {
    lang: 'fi',
    text: 'Kaupunginhallitus esittää, että Kuntarahoitus Oyj:n ja Pohjolan Energia Oyj:n takaukset hyväksytään.',
    mentions: [
      { s: 'Kuntarahoitus Oyj:n', id: 'kuntarahoitus' },
      { s: 'Pohjolan Energia Oyj:n', id: 'pe' },
    ],
  },
  {
    lang: 'fi',
    text: 'Hankinnasta päättää tekninen johtaja Juha Järvinen.',
    mentions: [{ s: 'Juha Järvinen', id: 'p-jarvinen' }],
  },
  {
    lang: 'fi',
    text: 'Metsä ja puurakenne ovat elinkeinostrategian painopisteitä; rakennus- ja energia-ala kasvavat.',
    mentions: [],
  },
  {
    lang: 'fi',
    text: 'Kiinteistö Oy:n yhtiökokouksessa kaupunkia edustaa Tiina Turunen.',
    mentions: [{ s: 'Tiina Turunen', id: 'p-turunen' }],
  },
  {
    lang: 'fi',
    text: 'Kaupunki myöntää omavelkaisen takauksen Asunto Oy Kotipesän peruskorjauslainalle.',
    mentions: [{ s: 'Asunto Oy Kotipesän', id: 'kotipesa' }],
  },
  {
    lang: 'fi',
    text: 'RAKENNUS OY:N TARJOUS JA JÄRVI-POHJAN HYVINVOINTIALUEEN LAUSUNTO',
    mentions: [
      { s: 'RAKENNUS OY:N', id: 'rakennus' },
      { s: 'JÄRVI-POHJAN HYVINVOINTIALUEEN', id: 'jp' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kauppa tehdään Järvi-Pohjan hyvinvointi-\nalueen kanssa.',
    mentions: [{ s: 'Järvi-Pohjan hyvinvointi-\nalueen', id: 'jp' }],
  },
  {
    lang: 'fi',
    text: 'Vuokralaisena on Järvi Pohjan hyvinvointialue, jonka edustajana toimii Anna Aho.',
    mentions: [
      { s: 'Järvi Pohjan hyvinvointialue', id: 'jp' },
      { s: 'Anna Aho', id: 'p-aho' },
    ],
  },
  {
    lang: 'fi',
    text: 'Tiina Mäkelä (nykyisin Turunen) ilmoitti esteellisyydestään Mäkelä & Virta Ky:n tarjouksen osalta.',
    mentions: [
      { s: 'Tiina Mäkelä', id: 'p-turunen' },
      { s: 'Mäkelä & Virta Ky:n', id: 'mv' },
    ],
  },
  {
    lang: 'fi',
    text: 'Sopimus tehdään Oy Rakennus Ab:n ja Järvisähkö Oy:n kanssa.',
    mentions: [
      { s: 'Oy Rakennus Ab:n', id: 'rakennus' },
      { s: 'Järvisähkö Oy:n', id: 'jsahko' },
    ],
  },
  {
    lang: 'fi',
    text: 'Järvisähkön verkkopalvelumaksut nousevat ensi vuoden alusta.',
    mentions: [{ s: 'Järvisähkön', id: 'jsahko' }],
  },
  {
    lang: 'fi',
    text: 'Hanke on SPR-lähtöinen, ja Kuntarahoitus-konsernin edustaja osallistuu ohjausryhmään.',
    mentions: [
      { s: 'SPR', id: 'spr' },
      { s: 'Kuntarahoitus', id: 'kuntarahoitus' },
    ],
  },
  {
    lang: 'fi',
    text: 'Kokouksen sihteerinä toimii Anna M. Aho, ja asiantuntijana on kuultu Aho Annaa.',
    mentions: [
      { s: 'Anna M. Aho', id: 'p-aho' },
      { s: 'Aho Annaa', id: 'p-aho' },
    ],
  },
  {
    // A typo: no fuzzy matching, so this is a known miss.
    lang: 'fi',
    text: 'Järvi-Pohjan hyvinvontialue on pyytänyt kaupungilta lausuntoa.',
    mentions: [{ s: 'Järvi-Pohjan hyvinvontialue', id: 'jp' }],
  },
  {
    lang: 'fi',
    text: 'Rakennus Ky:n tarjous hylätään, ja Rakennus Oy:ltä pyydetään lisäselvitys.',
    mentions: [{ s: 'Rakennus Oy:ltä', id: 'rakennus' }],
  },

  // ─── Swedish ───────────────────────────────────────────────────────────────────────────────
  {
    lang: 'sv',
    text: 'Avtalet med Byggbolaget Ab förlängs med två år.',
    mentions: [{ s: 'Byggbolaget Ab', id: 'bygg' }],
  },
  {
    lang: 'sv',
    text: 'Försäljning till Västra Nylands välfärdsområde av fastigheten 49-1-2-3.',
    mentions: [{ s: 'Västra Nylands välfärdsområde', id: 'lu' }],
  },
  {
    lang: 'sv',
    text: 'Stadsstyrelsen beslutar sälja tomten till Järvi-Pohjas välfärdsområde.',
    mentions: [{ s: 'Järvi-Pohjas välfärdsområde', id: 'jp' }],
  },
  {
    lang: 'sv',
    text: 'Byggbolaget Ab:s anbud godkänns och avtal ingås.',
    mentions: [{ s: 'Byggbolaget Ab:s', id: 'bygg' }],
  },
  {
    lang: 'sv',
    text: 'Byggbolagets anbud var det förmånligaste.',
    mentions: [{ s: 'Byggbolagets', id: 'bygg' }],
  },
  {
    lang: 'sv',
    text: 'Stadsstyrelsen föreslår att Järvelä stad beviljar Järvelä Idrottsförening rf ett bidrag.',
    mentions: [
      { s: 'Järvelä stad', id: 'jarvela' },
      { s: 'Järvelä Idrottsförening rf', id: 'jus' },
    ],
  },
  {
    lang: 'sv',
    text: 'Hyresavtalet med K-Lokaler Ab gäller tills vidare.',
    mentions: [{ s: 'K-Lokaler Ab', id: 'ktilat' }],
  },
  {
    lang: 'sv',
    text: 'Fastighets Ab Järvelä Centrumhuset säljer aktierna till staden.',
    mentions: [{ s: 'Fastighets Ab Järvelä Centrumhuset', id: 'keskustalo' }],
  },
  {
    lang: 'sv',
    text: 'Finlands Röda Kors och FRK:s lokalavdelning får var sitt bidrag.',
    mentions: [
      { s: 'Finlands Röda Kors', id: 'spr' },
      { s: 'FRK:s', id: 'spr' },
    ],
  },
  {
    lang: 'sv',
    text: 'Utlåtande till Västra Nylands välfärdsområdes regionstyrelse om servicenätet.',
    mentions: [{ s: 'Västra Nylands välfärdsområdes', id: 'lu' }],
  },
  {
    lang: 'sv',
    text: 'Avtalet med Oy Järvisähkö Ab förnyas; Järvisähkö Ab:s offert bifogas.',
    mentions: [
      { s: 'Oy Järvisähkö Ab', id: 'jsahko' },
      { s: 'Järvisähkö Ab:s', id: 'jsahko' },
    ],
  },
  {
    lang: 'sv',
    text: 'Nämndens ordförande Erik Lindholm och sekreterare Maria Nyström deltar i mötet.',
    mentions: [
      { s: 'Erik Lindholm', id: 'p-lindholm' },
      { s: 'Maria Nyström', id: 'p-nystrom' },
    ],
  },
  {
    lang: 'sv',
    text: 'Ärendet föredras av Johanna Strand.',
    mentions: [{ s: 'Johanna Strand', id: 'p-strand' }],
  },
  {
    lang: 'sv',
    text: 'Byggnads Ab Strand har lämnat in ett anbud.',
    mentions: [{ s: 'Byggnads Ab Strand', id: 'strand' }],
  },
  {
    lang: 'sv',
    text: 'Lånet på fem miljoner euro tas från Kommunfinans Abp.',
    mentions: [{ s: 'Kommunfinans Abp', id: 'kuntarahoitus' }],
  },
  {
    lang: 'sv',
    text: 'Nordens Energi Abp:s vindkraftspark arrenderar stadens mark.',
    mentions: [{ s: 'Nordens Energi Abp:s', id: 'pe' }],
  },
  {
    lang: 'sv',
    text: 'Staden K:s och Järvelä stads gemensamma upphandling.',
    mentions: [
      { s: 'Staden K:s', id: 'k' },
      { s: 'Järvelä stads', id: 'jarvela' },
    ],
  },
  {
    lang: 'sv',
    text: 'Köparens FO-nummer är 1943121-4.',
    mentions: [{ s: '1943121-4', id: 'jarvela' }],
  },
  {
    lang: 'sv',
    text: 'FO-numret 1943121-5 är felaktigt och anbudet förkastas.',
    mentions: [],
  },
  {
    lang: 'sv',
    text: 'Styrelsen och nämnden sammanträder i stadshuset.',
    mentions: [],
  },
  {
    lang: 'sv',
    text: 'Stiftelsen och föreningen ansöker om bidrag från staden och kommunen.',
    mentions: [],
  },
  {
    lang: 'sv',
    text: 'Lindholm föreslog att ärendet bordläggs; Nyström understödde förslaget.',
    mentions: [],
  },
  {
    lang: 'sv',
    text: 'Avtal med Järvelä Vatten Ab om vattenförsörjningen i centrum.',
    mentions: [{ s: 'Järvelä Vatten Ab', id: 'vesi' }],
  },
  {
    lang: 'sv',
    text: 'Finlands Kommunförbund rf:s rekommendation beaktas.',
    mentions: [{ s: 'Finlands Kommunförbund rf:s', id: 'kuntaliitto' }],
  },
  {
    lang: 'sv',
    text: 'Bidrag beviljas Järvelä Företagshälsa Ab för ett projekt där Anna Aalto är projektledare.',
    mentions: [
      { s: 'Järvelä Företagshälsa Ab', id: 'tyoterveys' },
      { s: 'Anna Aalto', id: ['p-aalto1', 'p-aalto2'] },
    ],
  },
  {
    lang: 'sv',
    text: 'Andelslaget Pohjans Skog köper virket från stadens skog.',
    mentions: [{ s: 'Andelslaget Pohjans Skog', id: 'metsa-osk' }],
  },
  {
    lang: 'sv',
    text: 'Beslutet delges Välfärdsområde H och Hyvinvointialue H:n aluehallitus.',
    mentions: [
      { s: 'Välfärdsområde H', id: 'h' },
      { s: 'Hyvinvointialue H:n', id: 'h' },
    ],
  },
  {
    lang: 'sv',
    text: 'Ett anbud kom från Nordic Bygg Ab.',
    mentions: [{ s: 'Nordic Bygg Ab', id: 'nordic-ab' }],
  },
  {
    lang: 'sv',
    text: 'Offerten från Mäkelä & Virta Ky var ofullständig.',
    mentions: [{ s: 'Mäkelä & Virta Ky', id: 'mv' }],
  },
  {
    lang: 'sv',
    text: 'Avtalet med Järvi-Pohjas utbildningssamkommun (JPKY) godkänns.',
    mentions: [
      { s: 'Järvi-Pohjas utbildningssamkommun', id: 'jpky' },
      { s: 'JPKY', id: 'jpky' },
    ],
  },
  {
    lang: 'sv',
    text: 'Fullmäktige i Järvelä godkänner budgeten för Järvelä stad.',
    mentions: [{ s: 'Järvelä stad', id: 'jarvela' }],
  },
  {
    lang: 'sv',
    text: 'K-Vatten affärsverks direktion föreslår en höjning av taxan.',
    mentions: [{ s: 'K-Vatten affärsverks', id: 'kvesi' }],
  },
  {
    lang: 'sv',
    text: 'Ärendet gäller Järvi-Pohjas välfärdsområdets och stadens gemensamma lokaler.',
    mentions: [{ s: 'Järvi-Pohjas välfärdsområdets', id: 'jp' }],
  },
  {
    lang: 'sv',
    text: 'Stadsstyrelsen beviljar Finlands Röda Kors 3 000 euro; FO-nummer för FRK saknas.',
    mentions: [
      { s: 'Finlands Röda Kors', id: 'spr' },
      { s: 'FRK', id: 'spr' },
    ],
  },
  {
    // An informal short form that is not a registered name: a known miss.
    lang: 'sv',
    text: 'Ärendet gäller en ansökan från Västra Nylands välfärdsområdes och Röda korsets gemensamma projekt.',
    mentions: [
      { s: 'Västra Nylands välfärdsområdes', id: 'lu' },
      { s: 'Röda korsets', id: 'spr' },
    ],
  },
  {
    lang: 'sv',
    text: 'Projektet leds av Maria K. Nyström från Byggbolaget Ab:s Helsingforskontor.',
    mentions: [
      { s: 'Maria K. Nyström', id: 'p-nystrom' },
      { s: 'Byggbolaget Ab:s', id: 'bygg' },
    ],
  },
  {
    lang: 'sv',
    text: 'Protokollet justeras av Strand och Aalto.',
    mentions: [],
  },
];

export const CORPUS: readonly CorpusSentence[] = [...BASIC_CORPUS, ...LONG_NAME_CORPUS];
