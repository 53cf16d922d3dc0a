/**
 * Test families for the long official names of issue 19, one per kind of variation, each in
 * Finnish and Swedish, over the labelled sentences of `corpus/long-names.ts` (distractors
 * included): every labelled mention is found, with its entity and exact span, and nothing else.
 */
import { buildDetector } from '../../../src/detection';
import { REGISTRY } from './corpus/registry';
import { LONG_NAME_CORPUS } from './corpus/long-names';
import { emptyScore, expectedSpans, scoreSentence } from './corpus/score';
import type { CorpusKind } from './corpus/sentences';

const detector = buildDetector(REGISTRY);

const KINDS: CorpusKind[] = [
  'suspended hyphens in coordinated compounds',
  'stem-changing inflection',
  'case endings after abbreviations with a colon',
  'the longest name wins',
  'definite and genitive forms of multi-word names',
  'place names that are not parties',
];

describe.each(KINDS)('%s', (kind) => {
  it.each(['fi', 'sv'] as const)('%s: finds every labelled mention and nothing else, distractors included', (lang) => {
    const sentences = LONG_NAME_CORPUS.filter((s) => s.kind === kind && s.lang === lang);
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    // At least one distractor (a sentence with nothing to find) or one sentence with none of the kind.
    expect(sentences.some((s) => s.mentions.length === 0) || kind === 'the longest name wins').toBe(true);
    const score = emptyScore();
    for (const sentence of sentences) scoreSentence(detector, sentence, [score]);
    expect(score.errors).toEqual([]);
    expect(score.tp).toBeGreaterThanOrEqual(4);
  });
});

describe('the longest name wins', () => {
  it('a court named after a place is the court, and the place is then no mention of the municipality', () => {
    const mentions = detector.detect('Valitus toimitetaan Turun hallinto-oikeuteen ja Åbo förvaltningsdomstol.');
    expect(mentions.map((m) => [m.surface, m.entityId])).toEqual([
      ['Turun hallinto-oikeuteen', 'hao'],
      ['Åbo förvaltningsdomstol', 'hao'],
    ]);
  });

  it('a company whose name begins with a place and another company’s name: the longer one', () => {
    const [m] = detector.detect('Urakka annetaan Oulun Energia Urakointi Oy:lle.');
    expect([m.surface, m.entityId, m.ambiguous]).toEqual(['Oulun Energia Urakointi Oy:lle', 'oeu', false]);
  });
});

describe('place names that are not parties', () => {
  it.each(['fi', 'sv'] as const)('%s: a place in the municipality ranks below the municipality as a party, and is kept', (lang) => {
    const sentences = LONG_NAME_CORPUS.filter((s) => s.kind === 'place names that are not parties' && s.lang === lang);
    let pairs = 0;
    for (const sentence of sentences) {
      const mentions = detector.detect(sentence.text);
      const expected = expectedSpans(sentence);
      const conf = (role: 'location' | 'party') =>
        expected.filter((e) => e.role === role).map((e) => mentions.find((m) => m.start === e.start && m.end === e.end)?.confidence ?? 0);
      for (const location of conf('location')) {
        expect(location).toBeGreaterThan(0);
        for (const party of conf('party')) {
          expect({ text: sentence.text, lower: location < party }).toEqual({ text: sentence.text, lower: true });
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(3);
  });

  it('the genitive before an ordinary word, and the allative, are party readings', () => {
    const byText = (t: string) => detector.detect(t).map((m) => [m.surface, m.confidence]);
    const [[, party]] = byText('Tuusulan kanssa tehdään sopimus.');
    const [[, location]] = byText('Tila on Tuusulan Kuninkaanlähteessä.');
    const [[, allative]] = byText('Tontti myydään Tuusulalle.');
    expect(location).toBeLessThan(party as number);
    expect(location).toBeLessThan(allative as number);
  });
});

describe('the registry’s own full name of a joint authority', () => {
  // It was missed even in the nominative while its abbreviation was found: the text's `sosiaali- ja`
  // (a hyphen before a blank) counted as punctuation that ends a name, so no name could span it.
  it.each([
    ['Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä', 'eksote'],
    ['Varsinais-Suomen elinkeino-, liikenne- ja ympäristökeskus', 'ely'],
    ['Södra Karelens social- och hälsovårdsdistrikt', 'eksote'],
    ['Arbets-, närings- och trafikbyrån i Järvi-Pohja', 'ant'],
  ])('is found in the nominative exactly as registered: %s', (name, id) => {
    const mentions = detector.detect(`${name} päättää asiasta.`);
    expect(mentions.map((m) => [m.surface, m.entityId, m.confidence])).toEqual([[name, id, 0.97]]);
  });

  it('is not found from a prefix of it, nor from the bare coordinated phrase', () => {
    expect(detector.detect('Etelä-Karjalan sosiaali- ja terveyspalvelujen järjestäminen')).toEqual([]);
    expect(detector.detect('sosiaali- ja terveyspalvelujen kuntayhtymä')).toEqual([]);
  });
});
