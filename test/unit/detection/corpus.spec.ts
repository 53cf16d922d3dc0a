import { buildDetector } from '../../../src/detection';
import { REGISTRY } from './corpus/registry';
import { type Score, emptyScore, precision, recall, scoreSentence, summary } from './corpus/score';
import { CORPUS } from './corpus/sentences';

describe('labelled corpus (Finnish and Swedish agenda sentences)', () => {
  const detector = buildDetector(REGISTRY);
  const stats = { fi: emptyScore(), sv: emptyScore() };
  const byKind = new Map<string, { fi: Score; sv: Score }>();

  for (const sentence of CORPUS) {
    const kind = sentence.kind ?? 'basic';
    if (!byKind.has(kind)) byKind.set(kind, { fi: emptyScore(), sv: emptyScore() });
    scoreSentence(detector, sentence, [stats[sentence.lang], byKind.get(kind)![sentence.lang]]);
  }

  afterAll(() => {
    const lines = (['fi', 'sv'] as const).map(
      (lang) => `${lang}: ${summary(stats[lang])}` + stats[lang].errors.map((e) => `\n    ${e}`).join(''),
    );
    const kinds = [...byKind].flatMap(([kind, s]) => (['fi', 'sv'] as const).map((lang) => `${kind} (${lang}): ${summary(s[lang])}`));
    process.stdout.write(`\nCounterparty detector corpus results\n  ${lines.join('\n  ')}\n  by kind:\n    ${kinds.join('\n    ')}\n`);
  });

  it('has at least 60 sentences in the two languages, labelled consistently', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(stats.fi.sentences).toBeGreaterThanOrEqual(20);
    expect(stats.sv.sentences).toBeGreaterThanOrEqual(20);
  });

  it.each(['fi', 'sv'] as const)('%s: recall ≥ 0.98 and precision ≥ 0.97', (lang) => {
    const s = stats[lang];
    expect({ lang, recall: recall(s) >= 0.98, precision: precision(s) >= 0.97, errors: s.errors }).toEqual({
      lang,
      recall: true,
      precision: true,
      errors: s.errors,
    });
  });

  it('every mention surface is the slice of the text at its offsets', () => {
    for (const sentence of CORPUS) {
      for (const m of detector.detect(sentence.text)) {
        expect(m.surface).toBe(sentence.text.slice(m.start, m.end));
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
