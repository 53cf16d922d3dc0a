/**
 * Inflection of the words of a name, Finnish and Swedish, by rule rather than by a stemmer.
 *
 * The registry side turns each base form into its few inflection stems ({@link obliqueStems}:
 * `kaupunki` → `kaupungi`, `Virtanen` → `virtase`/`virtas`, `alue` → `aluee`, `Kangas` →
 * `kankaa`, `rakennus` → `rakennukse`). The text side strips one case ending (and a clitic)
 * ({@link textStems}: `kaupungille` → `kaupungi` + `lle`). A word is an inflected form of a
 * name word when one of its stripped stems is one of the name word's stems. Both sides are
 * deliberately generous: a false stem only matters when the whole name around it also matches.
 *
 * Snowball's Finnish stemmer (also what `@nlpjs/lang-fi` wraps) was tried and rejected: it keeps
 * consonant gradation and stem vowels apart (kaupunki→kaupunk but kaupungin→kaupung,
 * Virtanen→virtan but Virtaselle→virtas, Lahti→laht but Lahden→lahd), which are exactly the
 * alternations proper names show; its Swedish stemmer keeps välfärdsområde and
 * välfärdsområdet apart.
 */

const VOWELS = 'aeiouyäöå';
export const isVowel = (ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && VOWELS.includes(ch);

/**
 * Case endings that may follow a name's stem in running text. Finnish: genitive, partitive,
 * essive, translative, the six local cases, illative (`-Vn`, `-hVn`, `-seen`), abessive, plural
 * `-t`; Swedish: genitive `-s`, definite `-en`/`-et`/`-n`/`-t` and their genitives.
 */
export const ENDINGS: readonly string[] = [
  // Finnish
  'n',
  'a',
  'ä',
  'ta',
  'tä',
  'tta',
  'ttä',
  'na',
  'nä',
  'ksi',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'an',
  'en',
  'in',
  'on',
  'un',
  'yn',
  'än',
  'ön',
  'han',
  'hen',
  'hin',
  'hon',
  'hun',
  'hyn',
  'hän',
  'hön',
  'seen',
  'siin',
  't',
  // Swedish
  's',
  'et',
  'ens',
  'ets',
  'ns',
  'ts',
  'es',
];

/** Enclitics that may follow the case ending: `Aholle` + `kin`. */
export const CLITICS: readonly string[] = ['kin', 'kaan', 'kään', 'han', 'hän'];

const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of new Set(ENDINGS)) {
  const last = e[e.length - 1];
  const list = ENDINGS_BY_LAST.get(last) ?? [];
  list.push(e);
  ENDINGS_BY_LAST.set(last, list);
}

const MIN_STEM = 2;

/**
 * Stems a running-text word may have once one case ending (and optionally a clitic) is removed,
 * with the ending removed. The word itself is not included: it is matched as it is.
 */
export function textStems(word: string): { stems: string[]; endings: string[] } {
  const stems: string[] = [];
  const endings: string[] = [];
  addStripped(word, stems, endings);
  for (const clitic of CLITICS) {
    if (word.length - clitic.length >= MIN_STEM + 1 && word.endsWith(clitic)) {
      const base = word.slice(0, word.length - clitic.length);
      stems.push(base);
      endings.push('');
      addStripped(base, stems, endings);
    }
  }
  return { stems, endings };
}

function addStripped(word: string, stems: string[], endings: string[]): void {
  const candidates = ENDINGS_BY_LAST.get(word[word.length - 1]);
  if (candidates === undefined) return;
  for (const e of candidates) {
    if (word.length - e.length >= MIN_STEM && word.endsWith(e)) {
      stems.push(word.slice(0, word.length - e.length));
      endings.push(e);
    }
  }
}

/** Consonant gradation, strong → weak (`kk`→`k`, `nk`→`ng`, `nt`→`nn`, `k`→∅, `t`→`d` …). */
const WEAK: Record<string, readonly string[]> = {
  kk: ['k'],
  pp: ['p'],
  tt: ['t'],
  nk: ['ng'],
  mp: ['mm'],
  lt: ['ll'],
  nt: ['nn'],
  rt: ['rr'],
  ht: ['hd'],
  lk: ['l', 'lj'],
  rk: ['r', 'rj'],
  hk: ['h'],
  lp: ['lv'],
  rp: ['rv'],
  k: ['', 'v'],
  p: ['v'],
  t: ['d'],
};

/** Consonant gradation, weak → strong (for `-e` and `-as` words whose base form is weak: liike, kangas). */
const STRONG: Record<string, readonly string[]> = {
  k: ['kk'],
  p: ['pp'],
  t: ['tt'],
  ng: ['nk'],
  mm: ['mp'],
  ll: ['lt'],
  nn: ['nt'],
  rr: ['rt'],
  hd: ['ht'],
  lj: ['lk'],
  rj: ['rk'],
  lv: ['lp'],
  rv: ['rp'],
  d: ['t'],
  v: ['p'],
};

/** Applies a gradation table to the consonants before the final vowel(s) of `s`. */
function grade(s: string, table: Record<string, readonly string[]>): string[] {
  let i = s.length;
  while (i > 0 && isVowel(s[i - 1])) i--;
  if (i === s.length || i === 0) return [];
  let j = i;
  while (j > 0 && !isVowel(s[j - 1])) j--;
  if (j === 0 || j === i) return [];
  const cluster = s.slice(j, i);
  const pre = s.slice(0, j);
  const post = s.slice(i);
  const out: string[] = [];
  const whole = table[cluster];
  if (whole !== undefined) for (const r of whole) out.push(pre + r + post);
  else if (cluster.length > 2) {
    const tail = table[cluster.slice(-2)];
    if (tail !== undefined) for (const r of tail) out.push(pre + cluster.slice(0, -2) + r + post);
  }
  return out;
}

export const weakGrades = (s: string): string[] => grade(s, WEAK);
export const strongGrades = (s: string): string[] => grade(s, STRONG);

function isLongVowelEnd(w: string): boolean {
  const a = w[w.length - 2];
  const b = w[w.length - 1];
  return isVowel(a) && isVowel(b) && (a === b || a + b === 'ie' || a + b === 'uo' || a + b === 'yö');
}

/**
 * The stems the base form `w` (a key: lower case, no hyphens) takes before case endings,
 * itself included. Words shorter than three letters only match as they are.
 */
export function obliqueStems(w: string): string[] {
  const out = new Set<string>([w]);
  if (w.length < 3 || !/\p{L}$/u.test(w)) return [...out];
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (last === 't' && isVowel(prev) && w.length >= 5) addPluralStems(w.slice(0, -1), out); // palvelukodit → palvelukoti-en
  if (w.endsWith('nen') && w.length > 4) {
    // Virtanen → Virtase-n, Virtas-ta
    const base = w.slice(0, -3);
    out.add(base + 'se');
    out.add(base + 's');
  } else if (!isVowel(last)) {
    if (last === 's' && isVowel(prev)) {
      const stem = w.slice(0, -1);
      out.add(stem + 'kse'); // rakennus → rakennukse-
      if (prev === 'u' || prev === 'y') {
        out.add(stem + 'de'); // rikkaus → rikkaude-
        out.add(stem + 'te'); // oikeus → oikeute-en
        out.add(stem + 't'); // rikkaut-ta
      } else {
        out.add(stem + prev); // kirves → kirvee-, kallis → kallii-
        if (prev === 'i') out.add(stem); // kallis → kalli-hin (the old illative)
        for (const strong of strongGrades(stem)) out.add(strong + prev); // kangas → kankaa-
      }
    }
    out.add(w + 'i'); // Lindholm → Lindholmi-lle
    if (last === 'n' && prev === 'i' && w.length >= 4) out.add(w.slice(0, -1) + 'me'); // avain → avaime-n, puhelin → puhelime-n
  } else if (isLongVowelEnd(w)) {
    // Vantaa, Espoo, Joensuu: endings attach to the base form.
  } else if (last === 'i') {
    for (const weak of weakGrades(w)) out.add(weak); // kaupunki → kaupungi-n
    const eStem = w.slice(0, -1) + 'e'; // Järvi → järve-n, Lahti → lahte-en
    out.add(eStem);
    for (const weak of weakGrades(eStem)) out.add(weak); // Lahti → lahde-n, Seinäjoki → seinäjoe-n
    // pieni → pien-tä, kieli → kiel-tä, meri → mer-ta: a consonant stem before -tA.
    if ((prev === 'l' || prev === 'n' || prev === 'r') && isVowel(w[w.length - 3])) out.add(w.slice(0, -1));
    if (prev === 's' && isVowel(w[w.length - 3])) {
      const base = w.slice(0, -2); // vesi → vede-n, vete-en, vet-tä; Uusi → Uude-lle
      out.add(base + 'de');
      out.add(base + 'te');
      out.add(base + 't');
    }
  } else if (last === 'e') {
    out.add(w + 'e'); // alue → aluee-lle, Tampere → tamperee-n
    for (const strong of strongGrades(w)) out.add(strong + 'e'); // liike → liikkee-n
  } else {
    for (const weak of weakGrades(w)) out.add(weak); // Pekka → peka-lle, Turku → turu-n, kunta → kunna-n
    // `k` between a diphthong's `i` and a vowel weakens with the `i` to `j`: aika → aja-n, poika → poja-n.
    if (prev === 'k' && w[w.length - 3] === 'i' && isVowel(w[w.length - 4])) out.add(w.slice(0, -3) + 'j' + last);
  }
  return [...out];
}

/**
 * Stems of a plural name word (`Palvelukodit`, `Kunnat`, `Alueet`, `Palvelut`) from its plural
 * stem `x` without the `-t`: both grades (the nominative plural is weak: kodi-t, kunna-t), with the
 * plural `i` (kodei-lle, kunti-in, kotei-hin, aluei-lla, palvelui-ta), the genitive `-j`/`-d`/`-tt`
 * (palveluj-en, palveluid-en, kuntien).
 */
function addPluralStems(x: string, out: Set<string>): void {
  const last = x[x.length - 1];
  if (!isVowel(last)) return;
  for (const g of new Set([x, ...strongGrades(x), ...weakGrades(x)])) {
    const body = g.slice(0, -1);
    const plural: string[] = [];
    if (last === 'a' || last === 'ä') plural.push(body + 'i', body + (last === 'a' ? 'oi' : 'öi'));
    else if (last === 'i') plural.push(body + 'ei', g);
    else if (last === 'e') plural.push(body + 'i');
    else {
      plural.push(g + 'i');
      out.add(g + 'j');
    }
    for (const p of plural) {
      out.add(p);
      out.add(p + 'd');
      out.add(p + 'tt');
    }
  }
}
