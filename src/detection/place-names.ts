/**
 * Finnish places and their Swedish names, and the public bodies named after a place
 * (`Pirkanmaan hyvinvointialue` = `Birkalands välfärdsområde`, `Turun hallinto-oikeus` = `Åbo
 * förvaltningsdomstol`). A registry often holds only one language's name of such a body; the
 * other language's name is derived from these tables, so Swedish agenda text finds a body
 * registered in Finnish and the other way round.
 */
import { normalizeKey, tokenize } from './normalize';

/** `Finnish nominative | Finnish genitive | Swedish | Swedish genitive`: regions, then bilingual municipalities. */
const PLACES = `
Uusimaa|Uudenmaan|Nyland|Nylands
Itä-Uusimaa|Itä-Uudenmaan|Östra Nyland|Östra Nylands
Keski-Uusimaa|Keski-Uudenmaan|Mellersta Nyland|Mellersta Nylands
Länsi-Uusimaa|Länsi-Uudenmaan|Västra Nyland|Västra Nylands
Varsinais-Suomi|Varsinais-Suomen|Egentliga Finland|Egentliga Finlands
Satakunta|Satakunnan|Satakunta|Satakuntas
Kanta-Häme|Kanta-Hämeen|Egentliga Tavastland|Egentliga Tavastlands
Pirkanmaa|Pirkanmaan|Birkaland|Birkalands
Päijät-Häme|Päijät-Hämeen|Päijänne-Tavastland|Päijänne-Tavastlands
Kymenlaakso|Kymenlaakson|Kymmenedalen|Kymmenedalens
Etelä-Karjala|Etelä-Karjalan|Södra Karelen|Södra Karelens
Etelä-Savo|Etelä-Savon|Södra Savolax|Södra Savolax
Pohjois-Savo|Pohjois-Savon|Norra Savolax|Norra Savolax
Pohjois-Karjala|Pohjois-Karjalan|Norra Karelen|Norra Karelens
Keski-Suomi|Keski-Suomen|Mellersta Finland|Mellersta Finlands
Etelä-Pohjanmaa|Etelä-Pohjanmaan|Södra Österbotten|Södra Österbottens
Pohjanmaa|Pohjanmaan|Österbotten|Österbottens
Keski-Pohjanmaa|Keski-Pohjanmaan|Mellersta Österbotten|Mellersta Österbottens
Pohjois-Pohjanmaa|Pohjois-Pohjanmaan|Norra Österbotten|Norra Österbottens
Kainuu|Kainuun|Kajanaland|Kajanalands
Lappi|Lapin|Lappland|Lapplands
Ahvenanmaa|Ahvenanmaan|Åland|Ålands
Etelä-Suomi|Etelä-Suomen|Södra Finland|Södra Finlands
Suomi|Suomen|Finland|Finlands
Helsinki|Helsingin|Helsingfors|Helsingfors
Espoo|Espoon|Esbo|Esbo
Vantaa|Vantaan|Vanda|Vanda
Turku|Turun|Åbo|Åbo
Tampere|Tampereen|Tammerfors|Tammerfors
Oulu|Oulun|Uleåborg|Uleåborgs
Vaasa|Vaasan|Vasa|Vasa
Porvoo|Porvoon|Borgå|Borgå
Lappeenranta|Lappeenrannan|Villmanstrand|Villmanstrands
Hämeenlinna|Hämeenlinnan|Tavastehus|Tavastehus
Kokkola|Kokkolan|Karleby|Karleby
Pietarsaari|Pietarsaaren|Jakobstad|Jakobstads
Raasepori|Raaseporin|Raseborg|Raseborgs
Kirkkonummi|Kirkkonummen|Kyrkslätt|Kyrkslätts
Tuusula|Tuusulan|Tusby|Tusby
Kerava|Keravan|Kervo|Kervo
Järvenpää|Järvenpään|Träskända|Träskända
Lohja|Lohjan|Lojo|Lojo
Hanko|Hangon|Hangö|Hangö
Loviisa|Loviisan|Lovisa|Lovisa
Sipoo|Sipoon|Sibbo|Sibbo
Kauniainen|Kauniaisten|Grankulla|Grankulla
Pori|Porin|Björneborg|Björneborgs
Rauma|Rauman|Raumo|Raumo
Lahti|Lahden|Lahtis|Lahtis
Savonlinna|Savonlinnan|Nyslott|Nyslotts
Tornio|Tornion|Torneå|Torneå
Naantali|Naantalin|Nådendal|Nådendals
Uusikaupunki|Uudenkaupungin|Nystad|Nystads
Kristiinankaupunki|Kristiinankaupungin|Kristinestad|Kristinestads
Uusikaarlepyy|Uudenkaarlepyyn|Nykarleby|Nykarleby
Närpiö|Närpiön|Närpes|Närpes
Mustasaari|Mustasaaren|Korsholm|Korsholms
Parainen|Paraisten|Pargas|Pargas
Kemiönsaari|Kemiönsaaren|Kimitoön|Kimitoöns
Inkoo|Inkoon|Ingå|Ingå
Siuntio|Siuntion|Sjundeå|Sjundeå
Vihti|Vihdin|Vichtis|Vichtis
`;

/** `Finnish | Swedish` head words of bodies named after a place. */
const BODIES = `
hyvinvointialue|välfärdsområde
kaupunki|stad
kunta|kommun
kuntayhtymä|samkommun
koulutuskuntayhtymä|utbildningssamkommun
hallinto-oikeus|förvaltningsdomstol
käräjäoikeus|tingsrätt
hovioikeus|hovrätt
seurakunta|församling
liitto|förbund
sairaanhoitopiiri|sjukvårdsdistrikt
pelastuslaitos|räddningsverk
poliisilaitos|polisinrättning
ammattikorkeakoulu|yrkeshögskola
yliopisto|universitet
`;

const keysOf = (s: string): string[] => tokenize(s).map((t) => t.key);

interface Place {
  readonly fiGenitive: string[];
  readonly sv: string[];
  readonly svGenitive: string[];
  /** As written, for capitalisation (`Egentliga Finlands`). */
  readonly svRaw: string[];
  readonly svGenitiveRaw: string[];
  readonly fiGenitiveRaw: string[];
}

const places: Place[] = PLACES.trim()
  .split('\n')
  .map((line) => {
    const [, fiGen, sv, svGen] = line.split('|');
    const raw = (s: string) => tokenize(s).map((t) => t.raw);
    return {
      fiGenitive: keysOf(fiGen),
      sv: keysOf(sv),
      svGenitive: keysOf(svGen),
      svRaw: raw(sv),
      svGenitiveRaw: raw(svGen),
      fiGenitiveRaw: raw(fiGen),
    };
  });

const FI_TO_SV = new Map<string, string>();
const SV_TO_FI = new Map<string, string>();
for (const line of BODIES.trim().split('\n')) {
  const [fi, sv] = line.split('|').map(normalizeKey);
  FI_TO_SV.set(fi, sv);
  SV_TO_FI.set(sv, fi);
}

/** Places by their first key in any of their spellings. */
const BY_FIRST = new Map<string, { place: Place; lang: 'fi' | 'sv'; keys: string[] }[]>();
for (const place of places) {
  for (const [lang, keys] of [
    ['fi', place.fiGenitive],
    ['sv', place.sv],
    ['sv', place.svGenitive],
  ] as const) {
    const list = BY_FIRST.get(keys[0]) ?? [];
    if (!list.some((e) => e.lang === lang && e.keys.join(' ') === keys.join(' '))) list.push({ place, lang, keys });
    BY_FIRST.set(keys[0], list);
  }
}

export interface TranslatedName {
  readonly keys: string[];
  readonly raws: string[];
}

/**
 * The other language's names of a body named `core` (keys, company form already split off):
 * a place then one body word. Swedish takes the place as it is or in the genitive (`Åbo stad`,
 * `Birkalands välfärdsområde`), so both are given.
 */
export function translatedNames(core: readonly string[]): TranslatedName[] {
  const out: TranslatedName[] = [];
  for (const { place, lang, keys } of BY_FIRST.get(core[0]) ?? []) {
    if (core.length !== keys.length + 1 || !keys.every((k, j) => core[j] === k)) continue;
    const body = core[core.length - 1];
    if (lang === 'fi') {
      const sv = FI_TO_SV.get(body);
      if (sv === undefined) continue;
      out.push({ keys: [...place.svGenitive, sv], raws: [...place.svGenitiveRaw, sv] });
      if (place.sv.join(' ') !== place.svGenitive.join(' ')) out.push({ keys: [...place.sv, sv], raws: [...place.svRaw, sv] });
    } else {
      const fi = SV_TO_FI.get(body);
      if (fi !== undefined) out.push({ keys: [...place.fiGenitive, fi], raws: [...place.fiGenitiveRaw, fi] });
    }
  }
  return out;
}
