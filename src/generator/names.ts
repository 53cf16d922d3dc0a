/**
 * Name material for synthetic people and places. Every generated place, person and company is
 * fictional: names are combined from common Finnish and Swedish parts, so no record can be
 * mistaken for a real municipality or person.
 */

export const FINNISH_GIVEN_NAMES: readonly string[] = [
  'Aino', 'Anna', 'Anne', 'Anni', 'Eeva', 'Elina', 'Ella', 'Emilia', 'Helena', 'Hanna', 'Heidi', 'Iida', 'Jaana', 'Johanna',
  'Katja', 'Kirsi', 'Kristiina', 'Laura', 'Leena', 'Liisa', 'Maarit', 'Maija', 'Marja', 'Marjatta', 'Minna', 'Noora', 'Outi',
  'Päivi', 'Paula', 'Pirjo', 'Riikka', 'Ritva', 'Sanna', 'Sari', 'Satu', 'Seija', 'Sirpa', 'Suvi', 'Taina', 'Tiina', 'Tuula',
  'Ulla', 'Veera', 'Anu', 'Kaisa', 'Merja', 'Raija', 'Tarja', 'Eija', 'Niina',
  'Antti', 'Ari', 'Eero', 'Erkki', 'Esa', 'Harri', 'Heikki', 'Ilkka', 'Jani', 'Jari', 'Jarmo', 'Jukka', 'Juha', 'Juhani',
  'Jussi', 'Kalle', 'Kari', 'Lauri', 'Markku', 'Markus', 'Matti', 'Mika', 'Mikko', 'Olli', 'Pekka', 'Pentti', 'Petri',
  'Raimo', 'Risto', 'Sami', 'Seppo', 'Simo', 'Tapio', 'Teemu', 'Timo', 'Tomi', 'Tuomas', 'Vesa', 'Ville', 'Aleksi', 'Janne',
  'Kimmo', 'Marko', 'Pasi', 'Reijo', 'Tero', 'Toni', 'Arto', 'Hannu', 'Keijo', 'Veikko',
];

export const SWEDISH_GIVEN_NAMES: readonly string[] = [
  'Annika', 'Birgitta', 'Camilla', 'Elin', 'Ellen', 'Eva', 'Hanna', 'Ingrid', 'Johanna', 'Karin', 'Linnea', 'Maria', 'Marina',
  'Sofia', 'Susanne', 'Ulrika', 'Anders', 'Bengt', 'Björn', 'Carl', 'Erik', 'Fredrik', 'Gunnar', 'Henrik', 'Johan', 'Kaj',
  'Lars', 'Magnus', 'Mats', 'Mikael', 'Nils', 'Patrik', 'Per', 'Stefan', 'Thomas', 'Ulf',
];

export const FINNISH_FAMILY_NAMES: readonly string[] = [
  'Aaltonen', 'Ahonen', 'Anttila', 'Heikkinen', 'Heino', 'Hiltunen', 'Hirvonen', 'Huttunen', 'Hämäläinen', 'Häkkinen',
  'Jokinen', 'Järvinen', 'Kallio', 'Karjalainen', 'Kettunen', 'Kinnunen', 'Koivisto', 'Korhonen', 'Koskinen', 'Laaksonen',
  'Laine', 'Lehtinen', 'Lehtonen', 'Leinonen', 'Leppänen', 'Lindholm', 'Manninen', 'Mattila', 'Miettinen', 'Mustonen',
  'Mäkelä', 'Mäkinen', 'Nieminen', 'Niemi', 'Nurmi', 'Ojala', 'Partanen', 'Peltonen', 'Pesonen', 'Pitkänen', 'Rantanen',
  'Räsänen', 'Saarinen', 'Salminen', 'Salo', 'Savolainen', 'Seppälä', 'Tuominen', 'Turunen', 'Vainio', 'Virtanen',
  'Väisänen', 'Hakala', 'Halonen', 'Hyvönen', 'Ikonen', 'Jääskeläinen', 'Kauppinen', 'Kemppainen', 'Kokkonen', 'Lahtinen',
  'Laitinen', 'Lappalainen', 'Lindroos', 'Moilanen', 'Nyman', 'Oksanen', 'Pakarinen', 'Pulkkinen', 'Rautio', 'Ruotsalainen',
  'Saarela', 'Sirola', 'Suominen', 'Tikkanen', 'Toivonen', 'Vesterinen', 'Ylönen', 'Aho', 'Kivelä', 'Harju', 'Honkanen',
  'Kärkkäinen', 'Lampinen', 'Mikkonen', 'Niskanen', 'Rissanen', 'Salonen', 'Sundström', 'Tolonen', 'Valtonen', 'Vuorinen',
];

export const SWEDISH_FAMILY_NAMES: readonly string[] = [
  'Andersson', 'Backman', 'Björklund', 'Blomqvist', 'Eriksson', 'Forsman', 'Grönroos', 'Gustafsson', 'Holmberg', 'Johansson',
  'Karlsson', 'Lindqvist', 'Lindström', 'Lund', 'Nordström', 'Nyberg', 'Sjöberg', 'Sjöblom', 'Strand', 'Wikström',
  'Westerlund', 'Åberg', 'Öhman', 'Engström',
];

/** First halves of place names: Finnish and the Swedish equivalent. */
export const PLACE_PREFIXES: readonly (readonly [string, string])[] = [
  ['Koivu', 'Björk'], ['Mänty', 'Tall'], ['Kuusi', 'Gran'], ['Leppä', 'Al'], ['Haapa', 'Asp'], ['Pihlaja', 'Rönn'],
  ['Paju', 'Vide'], ['Tammi', 'Ek'], ['Saarni', 'Ask'], ['Kivi', 'Sten'], ['Kallio', 'Häll'], ['Hiekka', 'Sand'],
  ['Savi', 'Ler'], ['Kulta', 'Guld'], ['Hopea', 'Silver'], ['Rauta', 'Järn'], ['Vaski', 'Koppar'], ['Pelto', 'Åker'],
  ['Niitty', 'Äng'], ['Metsä', 'Skog'], ['Lumi', 'Snö'], ['Tuuli', 'Vind'], ['Kesä', 'Sommar'], ['Talvi', 'Vinter'],
  ['Aamu', 'Morgon'], ['Revon', 'Räv'], ['Karhun', 'Björn'], ['Hirven', 'Älg'], ['Joutsen', 'Svan'], ['Kurjen', 'Tran'],
  ['Sorsa', 'And'], ['Lohi', 'Lax'], ['Siika', 'Sik'], ['Hauki', 'Gädd'], ['Kotka', 'Örn'], ['Haukan', 'Hök'],
  ['Korpi', 'Mark'], ['Salo', 'Holm'], ['Myllyn', 'Kvarn'], ['Kirkon', 'Kyrk'], ['Ruis', 'Råg'], ['Kaura', 'Havre'],
  ['Ohra', 'Korn'], ['Pohjan', 'Norr'], ['Etelän', 'Söder'], ['Idän', 'Öster'], ['Lännen', 'Väster'], ['Ilves', 'Lo'],
  ['Susi', 'Varg'], ['Ahma', 'Järv'], ['Majavan', 'Bäver'], ['Teeri', 'Orre'], ['Kuikan', 'Lom'], ['Kanerva', 'Ljung'],
];

/** Second halves: Finnish nominative, Finnish genitive, Swedish. */
export const PLACE_SUFFIXES: readonly (readonly [string, string, string])[] = [
  ['joki', 'joen', 'å'], ['järvi', 'järven', 'sjö'], ['mäki', 'mäen', 'backa'], ['koski', 'kosken', 'fors'],
  ['lahti', 'lahden', 'vik'], ['niemi', 'niemen', 'näs'], ['saari', 'saaren', 'ö'], ['salmi', 'salmen', 'sund'],
  ['vaara', 'vaaran', 'berg'], ['kylä', 'kylän', 'by'], ['ranta', 'rannan', 'strand'], ['harju', 'harjun', 'ås'],
  ['lampi', 'lammen', 'träsk'], ['linna', 'linnan', 'borg'], ['vesi', 'veden', 'vatten'], ['virta', 'virran', 'ström'],
  ['kangas', 'kankaan', 'mo'], ['suo', 'suon', 'kärr'], ['pelto', 'pellon', 'åker'], ['kari', 'karin', 'skär'],
];

export const REGION_ROOTS: readonly (readonly [string, string, string])[] = [
  ['Järvimaa', 'Järvimaan', 'Sjölands'], ['Harjumaa', 'Harjumaan', 'Åslands'], ['Koskimaa', 'Koskimaan', 'Forslands'],
  ['Kalliomaa', 'Kalliomaan', 'Hällands'], ['Metsämaa', 'Metsämaan', 'Skogslands'], ['Rannikko', 'Rannikon', 'Kustlands'],
  ['Vaaramaa', 'Vaaramaan', 'Berglands'], ['Jokimaa', 'Jokimaan', 'Ålands'], ['Suomaa', 'Suomaan', 'Myrlands'],
  ['Saarimaa', 'Saarimaan', 'Ölands'], ['Peltomaa', 'Peltomaan', 'Åkerlands'], ['Kangasmaa', 'Kangasmaan', 'Molands'],
  ['Selkämaa', 'Selkämaan', 'Bottenlands'], ['Lakeus', 'Lakeuden', 'Slättlands'], ['Ylämaa', 'Ylämaan', 'Höglands'],
  ['Alamaa', 'Alamaan', 'Låglands'], ['Salmimaa', 'Salmimaan', 'Sundlands'], ['Kivimaa', 'Kivimaan', 'Stenlands'],
  ['Tunturimaa', 'Tunturimaan', 'Fjällands'], ['Lahdenmaa', 'Lahdenmaan', 'Viklands'], ['Niemimaa', 'Niemimaan', 'Näslands'],
];

/** Council groups (party lists) with a typical national weight. */
export const PARTY_GROUPS: readonly (readonly [string, number])[] = [
  ['Kokoomus', 20], ['SDP', 20], ['Keskusta', 16], ['Perussuomalaiset', 14], ['Vihreät', 8], ['Vasemmistoliitto', 8],
  ['RKP', 4], ['Kristillisdemokraatit', 4], ['Liike Nyt', 2], ['Yhteislista', 4],
];

export const INDUSTRIES: readonly (readonly [string, string, string])[] = [
  ['Rakennus', 'Bygg', 'rakentaminen'], ['Kuljetus', 'Transport', 'kuljetukset'], ['Sähkö', 'El', 'sähköurakointi'],
  ['LVI', 'VVS', 'LVI-urakointi'], ['Kiinteistöpalvelu', 'Fastighetsservice', 'kiinteistöhuolto'],
  ['Metsäpalvelu', 'Skogsservice', 'metsänhoito'], ['Konepaja', 'Verkstad', 'konepajatyöt'], ['Puutarha', 'Trädgård', 'viherrakentaminen'],
  ['Siivous', 'Städ', 'siivouspalvelut'], ['Tilitoimisto', 'Bokföring', 'taloushallinto'], ['Lakiasiaintoimisto', 'Advokatbyrå', 'lakipalvelut'],
  ['Arkkitehdit', 'Arkitekter', 'suunnittelu'], ['Insinööritoimisto', 'Ingenjörsbyrå', 'rakennuttaminen'], ['Kauppa', 'Handel', 'tarvikkeet'],
  ['Kiinteistöt', 'Fastigheter', 'toimitilat'], ['Maanrakennus', 'Markbygg', 'maanrakennus'], ['Energia', 'Energi', 'energia'],
  ['Hoivapalvelut', 'Omsorg', 'asumispalvelut'], ['Lääkäriasema', 'Läkarstation', 'terveyspalvelut'], ['Kotihoito', 'Hemvård', 'kotihoito'],
  ['Catering', 'Catering', 'ateriapalvelut'], ['Leipomo', 'Bageri', 'elintarvikkeet'], ['Matkailu', 'Turism', 'matkailupalvelut'],
  ['IT-palvelut', 'IT-tjänster', 'tietojärjestelmät'], ['Konsultointi', 'Konsult', 'asiantuntijapalvelut'], ['Turvapalvelut', 'Säkerhet', 'vartiointi'],
  ['Taksi', 'Taxi', 'henkilökuljetukset'], ['Bussiliikenne', 'Busstrafik', 'joukkoliikenne'], ['Betoni', 'Betong', 'betonityöt'],
  ['Saha', 'Såg', 'puutavara'],
];

export const ASSOCIATIONS: readonly (readonly [string, string])[] = [
  ['Urheiluseura', 'Idrottsförening'], ['Nuorisoseura', 'Ungdomsförening'], ['Kyläyhdistys', 'Byaförening'],
  ['Eläkeläiset', 'Pensionärer'], ['Yrittäjät', 'Företagare'], ['Metsästysseura', 'Jaktförening'],
  ['Kotiseutuyhdistys', 'Hembygdsförening'], ['Martat', 'Marthaförening'], ['Partiolaiset', 'Scouter'],
  ['Vapaaehtoinen palokunta', 'Frivilliga brandkår'], ['Omakotiyhdistys', 'Egnahemsförening'], ['Reserviläiset', 'Reservister'],
  ['Musiikkiopiston kannatusyhdistys', 'Musikinstitutets stödförening'], ['Taideyhdistys', 'Konstförening'], ['Sydänyhdistys', 'Hjärtförening'],
];

export const FOUNDATIONS: readonly (readonly [string, string])[] = [
  ['Vanhustentalosäätiö', 'Stiftelsen för äldreboende'], ['Kulttuurisäätiö', 'Kulturstiftelse'], ['Opiskelija-asuntosäätiö', 'Studentbostadsstiftelse'],
];

/** Companies a municipality typically owns, with the share kept by the city. */
export const OWNED_COMPANIES: readonly (readonly [string, string])[] = [
  ['Asunnot', 'Bostäder'], ['Kehitys', 'Utveckling'], ['Energia', 'Energi'], ['Liikuntapaikat', 'Idrottsanläggningar'],
  ['Pysäköinti', 'Parkering'], ['Tilapalvelut', 'Lokalservice'],
];
