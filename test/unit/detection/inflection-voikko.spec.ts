/**
 * Voikko (Debian's libvoikko1 + voikko-fi, through python3-libvoikko) as a test oracle for the
 * inflection rules: candidate forms are proposed for a list of base forms (the base cut short,
 * a stem linker, a consonant-gradation swap, a case ending); Voikko keeps the ones that are real
 * singular forms of that base in a case the detector strips. The rules must then relate each
 * kept form to its base, as `detect` does for the last word of a name.
 *
 * Voikko is a test dependency only (CI installs it, see .ci/run); when it is missing this test
 * fails and says how to install it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { obliqueStems, textStems } from '../../../src/detection/inflection';

const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y libvoikko1 voikko-fi python3-libvoikko';

/** Common nouns and proper names of every inflection class that names end in. */
const BASES = `
kaupunki kunta alue hyvinvointialue kuntayhtymä yhtymä keskus tietokeskus oikeus käräjäoikeus hovioikeus
virasto toimisto liitto seura yhdistys säätiö rakennus palvelu koti palvelukoti avain puhelin aika poika
laki jalka kenkä lampi silta ranta virta matto tukku kirppu lääke liike osoite tarve perhe kangas rikkaus
yhteys lähiyhteys kysymys kaunis kallis vesi järvi lahti joki tehdas hammas rengas sairaala koulu energia
urakointi teatteri museo kirjasto satama asema tie maa suo työ puu yliopisto ammattikorkeakoulu kirkko
seurakunta pankki osuuskunta kauppa sähkö lämpö kiinteistö asunto kultainen pieni uusi vanha hyvä
Turku Tampere Oulu Helsinki Espoo Vantaa Lahti Kotka Pori Seinäjoki Järvenpää Kuopio Hämeenlinna Tuusula
Virtanen Korhonen Mäkinen Nieminen Aho Koski Kangas Lindholm
laitos pelastuslaitos liikelaitos verkosto rahasto opisto lukio päiväkoti neuvola kylä saari niemi mäki
kallio harju vaara lähde kuninkaanlähde nummi piiri sairaanhoitopiiri lautakunta vastaus kokous tarjous
sopimus yhtiö osakeyhtiö konserni ryhmä hallinto kieli meri suuri tuli
Rovaniemi Kajaani Imatra Kouvola Joensuu Mikkeli Savonlinna Kokkola Rauma Salo Porvoo Lohja Kerava
Hyvinkää Nurmijärvi Kirkkonummi Kemi Tornio Raahe Iisalmi Lappeenranta
`
  .split(/\s+/)
  .filter(Boolean);

/** Case endings with `A` for a/ä by vowel harmony; the illative copies the stem's last vowel (`V`). */
const ENDINGS = ['n', 'A', 'tA', 'ttA', 'nA', 'ksi', 'ssA', 'stA', 'llA', 'ltA', 'lle', 'seen', 'Vn', 'hVn'];
const LINKERS = ['', 'e', 'ee', 'i', 'kse', 'de', 'te', 'me', 'se', 's', 't', 'a', 'ä'];
const GRADATION: [string, string][] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['nt', 'nn'],
  ['rt', 'rr'],
  ['ht', 'hd'],
  ['k', ''],
  ['k', 'j'],
  ['k', 'v'],
  ['p', 'v'],
  ['t', 'd'],
  ['ik', 'j'],
  ['lk', 'l'],
  ['rk', 'r'],
  ['k', 'kk'],
  ['p', 'pp'],
  ['t', 'tt'],
  ['v', 'p'],
];
const CASES = new Set([
  'omanto',
  'osanto',
  'olento',
  'tulento',
  'sisaolento',
  'sisaeronto',
  'sisatulento',
  'ulkoolento',
  'ulkoeronto',
  'ulkotulento',
  'nimento',
]);

/** Candidate forms of `base`: cut, graded, linked and ended; most are not words at all. */
function candidates(base: string): string[] {
  const bodies = new Set<string>();
  for (let cut = 0; cut <= 2 && cut < base.length - 1; cut++) {
    const body = base.slice(0, base.length - cut);
    bodies.add(body);
    for (const [from, to] of GRADATION) {
      const at = body.lastIndexOf(from);
      if (at > 0 && body.length - at - from.length <= 2) bodies.add(body.slice(0, at) + to + body.slice(at + from.length));
    }
  }
  const out = new Set<string>();
  for (const body of bodies) {
    for (const linker of LINKERS) {
      const stem = body + linker;
      const v = stem[stem.length - 1];
      // Back vowels when the last harmonic vowel is a, o or u (`kuntayhtymä` is front, `hyvinvointialue` back).
      const back = /[aou][^aouäöy]*$/i.test(stem);
      for (const ending of ENDINGS) {
        if (ending.includes('V') && !'aeiouyäö'.includes(v)) continue;
        out.add(stem + ending.replace('A', back ? 'a' : 'ä').replace('V', v));
      }
    }
  }
  out.delete(base);
  return [...out];
}

interface Analysis {
  base: string;
  number: string | null;
  case: string | null;
  possessive: string | null;
  comparison: string | null;
}

function analyse(words: string[]): Analysis[][] {
  const script = [
    'import json, sys',
    'import libvoikko',
    "v = libvoikko.Voikko('fi')",
    'words = json.load(sys.stdin)',
    "print(json.dumps([[{'base': a.get('BASEFORM'), 'number': a.get('NUMBER'), 'case': a.get('SIJAMUOTO'), 'possessive': a.get('POSSESSIVE'), 'comparison': a.get('COMPARISON')} for a in v.analyze(w)] for w in words]))",
  ].join('\n');
  const run = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(words), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`Voikko is not usable (${INSTALL}): ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as Analysis[][];
}

/** Whether the rules take `form` for an inflected form of `base` (or it is the base). */
function related(base: string, form: string): boolean {
  const stems = new Set(obliqueStems(base));
  return stems.has(form) || textStems(form).stems.some((s) => stems.has(s));
}

describe('inflection rules against Voikko’s analysis', () => {
  it('Voikko with its Finnish dictionary is installed (a test dependency; CI installs it)', () => {
    expect({ python3: existsSync(PYTHON), hint: INSTALL }).toEqual({ python3: true, hint: INSTALL });
    const [[kaupungille]] = analyse(['kaupungille']);
    expect(kaupungille).toMatchObject({ base: 'kaupunki', case: 'ulkotulento' });
  });

  it('relate every singular case form Voikko confirms to its base form', () => {
    const proposals: [string, string][] = [];
    for (const base of BASES) for (const form of candidates(base)) proposals.push([base, form]);
    const analyses = analyse(proposals.map(([, form]) => form));
    const confirmed: [string, string][] = [];
    proposals.forEach(([base, form], k) => {
      const ok = analyses[k].some(
        (a) =>
          a.base === base &&
          a.number === 'singular' &&
          a.case !== null &&
          CASES.has(a.case) &&
          !a.possessive &&
          (!a.comparison || a.comparison === 'positive'),
      );
      if (ok) confirmed.push([base.toLowerCase(), form.toLowerCase()]);
    });
    const missed = confirmed.filter(([base, form]) => !related(base, form)).map(([base, form]) => `${base} → ${form}`);
    // Enough forms of enough words that the check means something.
    expect(confirmed.length).toBeGreaterThan(1500);
    expect(new Set(confirmed.map(([base]) => base)).size).toBeGreaterThan(BASES.length * 0.9);
    expect(missed).toEqual([]);
  }, 60_000);
});
