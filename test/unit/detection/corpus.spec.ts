import { type Mention, buildDetector } from '../../../src/detection';
import { REGISTRY } from './corpus/registry';
import { CORPUS, type CorpusSentence } from './corpus/sentences';

interface Span {
  start: number;
  end: number;
  /** Entity id, or sorted candidate ids joined by `|` when ambiguous. */
  label: string;
}

function nthIndexOf(text: string, s: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function expectedSpans(sentence: CorpusSentence): Span[] {
  return sentence.mentions.map((m) => {
    const start = nthIndexOf(sentence.text, m.s, m.n ?? 0);
    if (start < 0) throw new Error(`corpus: ${JSON.stringify(m.s)} not in ${JSON.stringify(sentence.text)}`);
    const label = typeof m.id === 'string' ? m.id : [...m.id].sort().join('|');
    return { start, end: start + m.s.length, label };
  });
}

function predictedSpans(mentions: readonly Mention[]): Span[] {
  return mentions.map((m) => ({
    start: m.start,
    end: m.end,
    label: m.ambiguous ? m.candidates.map((c) => c.entityId).sort().join('|') : (m.entityId ?? ''),
  }));
}

const key = (s: Span) => `${s.start}:${s.end}:${s.label}`;

describe('labelled corpus (Finnish and Swedish agenda sentences)', () => {
  const detector = buildDetector(REGISTRY);
  const stats = {
    fi: { tp: 0, fp: 0, fn: 0, sentences: 0, errors: [] as string[] },
    sv: { tp: 0, fp: 0, fn: 0, sentences: 0, errors: [] as string[] },
  };

  for (const sentence of CORPUS) {
    const expected = expectedSpans(sentence);
    const mentions = detector.detect(sentence.text);
    const predicted = predictedSpans(mentions);
    const st = stats[sentence.lang];
    st.sentences++;
    const want = new Set(expected.map(key));
    const got = new Set(predicted.map(key));
    for (const p of predicted) {
      if (want.has(key(p))) st.tp++;
      else {
        st.fp++;
        st.errors.push(`FP ${JSON.stringify(sentence.text.slice(p.start, p.end))} → ${p.label} in ${JSON.stringify(sentence.text)}`);
      }
    }
    for (const e of expected) {
      if (!got.has(key(e))) {
        st.fn++;
        st.errors.push(`FN ${JSON.stringify(sentence.text.slice(e.start, e.end))} (${e.label}) in ${JSON.stringify(sentence.text)}`);
      }
    }
  }

  const precision = (s: { tp: number; fp: number }) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
  const recall = (s: { tp: number; fn: number }) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

  afterAll(() => {
    const lines = (['fi', 'sv'] as const).map((lang) => {
      const s = stats[lang];
      return (
        `${lang}: ${s.sentences} sentences, ${s.tp + s.fn} labelled mentions, tp=${s.tp} fp=${s.fp} fn=${s.fn}, ` +
        `precision=${precision(s).toFixed(3)} recall=${recall(s).toFixed(3)}` +
        s.errors.map((e) => `\n    ${e}`).join('')
      );
    });
    process.stdout.write(`\nCounterparty detector corpus results\n  ${lines.join('\n  ')}\n`);
  });

  it('has at least 60 sentences in the two languages, labelled consistently', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(stats.fi.sentences).toBeGreaterThanOrEqual(20);
    expect(stats.sv.sentences).toBeGreaterThanOrEqual(20);
  });

  it.each(['fi', 'sv'] as const)('%s: recall ≥ 0.95 and precision ≥ 0.90', (lang) => {
    const s = stats[lang];
    expect({ lang, recall: recall(s) >= 0.95, precision: precision(s) >= 0.9, errors: s.errors }).toEqual({
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
