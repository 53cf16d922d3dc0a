/** Subject matter for agenda items by a body's topic, in Finnish. */

export const PROCUREMENTS: Readonly<Record<string, readonly string[]>> = {
  hallinto: [
    'Taloushallinnon ohjelmisto',
    'Työterveyshuollon palvelut',
    'Henkilöstövuokrauspalvelut',
    'Hallintorakennuksen peruskorjauksen suunnittelu',
  ],
  tekninen: [
    'Katuvalaistuksen LED-saneeraus',
    'Koulun peruskorjauksen pääurakka',
    'Talvikunnossapito 2026–2029',
    'Kevyen liikenteen väylän rakentaminen',
    'Jätevedenpumppaamon uusiminen',
  ],
  sivistys: [
    'Koulukuljetukset lukuvuosille 2026–2029',
    'Oppimateriaalit ja opetusvälineet',
    'Kouluruokailun raaka-aineet',
    'Päiväkodin kalusteet',
  ],
  ympäristö: ['Ympäristön tilan seurantamittaukset', 'Vesistökunnostuksen konsulttipalvelu'],
  lupa: ['Rakennusvalvonnan sähköinen asiointipalvelu', 'Rakennusten kuntotutkimukset'],
  'vapaa-aika': ['Uimahallin peruskorjaus', 'Liikuntahallin siivouspalvelut', 'Tapahtumatekniikka kesäkaudelle'],
  kulttuuri: ['Kaupunginkirjaston e-aineistot', 'Kesäteatterin näyttämötekniikka', 'Taidemuseon näyttelyrakentaminen'],
  elinvoima: ['Matkailumarkkinoinnin palvelut', 'Yritysneuvontapalvelut', 'Teollisuusalueen kunnallistekniikka'],
  konserni: ['Konsernin tilintarkastuspalvelut', 'Omistajaohjauksen konsulttipalvelu'],
  henkilöstö: ['Henkilöstökoulutus', 'Rekrytointipalvelut'],
  sote: ['Kotihoidon ostopalvelut', 'Tehostetun palveluasumisen ostopalvelut', 'Lääkäripalvelujen vuokratyövoima', 'Hoitotarvikkeet'],
  pelastus: ['Sammutusauto', 'Paloaseman huoltotyöt'],
  vanhus: ['Ikäihmisten päivätoiminnan palvelut', 'Palvelutalon ateriapalvelut'],
  lapset: ['Lastensuojelun sijaisperhepalvelut', 'Perheneuvolan psykologipalvelut'],
  kehittäminen: ['Asiakaskokemuksen kehittämishanke', 'Digitaalisten palvelujen kehittäminen'],
  maakunta: ['Maakuntakaavan selvitykset', 'Edunvalvontapalvelut'],
  liikelaitos: ['Vesijohtoverkoston saneeraus', 'Vedenkäsittelylaitoksen automaatio'],
};

/** Routine decisions without a party: budgets, reports, fees. */
export const ROUTINE: readonly (readonly [string, string])[] = [
  [
    'Talousarvion toteutuma',
    'Talousarvion toteutumisesta on laadittu katsaus, jonka mukaan toimintakulut ovat toteutuneet {pct} prosentin tasolla.',
  ],
  [
    'Palvelumaksujen tarkistaminen',
    'Palvelumaksut tarkistetaan vuosittain. Ehdotetut muutokset perustuvat kustannustason nousuun, joka on ollut noin {pct} prosenttia.',
  ],
  [
    'Toimintakertomus ja tilinpäätös',
    'Tilivuoden toimintakertomus kuvaa tavoitteiden toteutumista. Toimintakate toteutui {pct} prosentin tarkkuudella.',
  ],
  ['Delegointipäätöksen muuttaminen', 'Toimivallan siirtoa viranhaltijoille esitetään täsmennettäväksi, jotta päätöksenteko nopeutuu.'],
  [
    'Sisäisen valvonnan ja riskienhallinnan raportti',
    'Sisäisen valvonnan arvioinnissa tunnistettiin {n} merkittävää riskiä, joiden hallintatoimet esitetään liitteessä.',
  ],
  [
    'Valtuustoaloite',
    'Valtuustoaloitteessa esitetään selvitettäväksi palvelun järjestämistapaa. Aloitteen on allekirjoittanut {n} valtuutettua.',
  ],
  ['Henkilöstökertomus', 'Henkilöstökertomuksen mukaan sairauspoissaolot vähenivät {pct} prosenttia edellisvuodesta.'],
  ['Asiakirjahallinnon tiedonohjaussuunnitelma', 'Tiedonohjaussuunnitelma päivitetään vastaamaan muuttuneita tehtäviä.'],
];

export const OPENING: readonly (readonly [string, string])[] = [
  [
    'Kokouksen laillisuus ja päätösvaltaisuus',
    'Kokouskutsu ja esityslista on lähetetty jäsenille {date}.\n\nEhdotus: Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.',
  ],
  [
    'Pöytäkirjan tarkastajien valinta',
    'Pöytäkirja tarkastetaan sähköisesti viimeistään kokousta seuraavana arkipäivänä.\n\nEhdotus: Pöytäkirjan tarkastajiksi valitaan kaksi jäsentä.',
  ],
];

export const CLOSING: readonly (readonly [string, string])[] = [
  ['Ilmoitusasiat', 'Tiedoksi saapuneet kirjeet ja päätökset on lueteltu liitteessä.\n\nEhdotus: Merkitään tiedoksi.'],
  [
    'Viranhaltijapäätökset ja otto-oikeus',
    'Viranhaltijoiden tekemät päätökset on lueteltu liitteessä.\n\nEhdotus: Asioita ei oteta käsiteltäväksi.',
  ],
];

export const JOBS: readonly string[] = [
  'Rehtorin virka',
  'Talousjohtajan virka',
  'Kaavoitusarkkitehdin virka',
  'Ympäristöpäällikön virka',
  'Varhaiskasvatusjohtajan virka',
  'Rakennustarkastajan virka',
  'Osastonylilääkärin virka',
  'Sosiaalityön johtajan virka',
];

export const PREMISES: readonly string[] = [
  'terveysaseman tilat',
  'sote-keskuksen tilat',
  'paloaseman kiinteistö',
  'neuvolan tilat',
  'hammashoitolan tilat',
  'kotihoidon toimitilat',
];

/** `412000` → `412 000` (written out here, not by a locale, to stay byte-identical everywhere). */
export function euros(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
