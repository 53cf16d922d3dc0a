/** Scores the detector against labelled sentences: true/false positives and misses by exact span and entity. */
import type { Detector, Mention } from '../../../../src/detection';
import type { CorpusSentence } from './sentences';

export interface Span {
  start: number;
  end: number;
  /** Entity id, or sorted candidate ids joined by `|` when ambiguous. */
  label: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  sentences: number;
  errors: string[];
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0, sentences: 0, errors: [] });

function nthIndexOf(text: string, s: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function expectedSpans(sentence: CorpusSentence): (Span & { role?: 'location' | 'party' })[] {
  return sentence.mentions.map((m) => {
    const start = nthIndexOf(sentence.text, m.s, m.n ?? 0);
    if (start < 0) throw new Error(`corpus: ${JSON.stringify(m.s)} not in ${JSON.stringify(sentence.text)}`);
    const label = typeof m.id === 'string' ? m.id : [...m.id].sort().join('|');
    return { start, end: start + m.s.length, label, role: m.role };
  });
}

export function predictedSpans(mentions: readonly Mention[]): Span[] {
  return mentions.map((m) => ({
    start: m.start,
    end: m.end,
    label: m.ambiguous
      ? m.candidates
          .map((c) => c.entityId)
          .sort()
          .join('|')
      : (m.entityId ?? ''),
  }));
}

const key = (s: Span) => `${s.start}:${s.end}:${s.label}`;

/** Adds one sentence's result to every score in `into`. */
export function scoreSentence(detector: Detector, sentence: CorpusSentence, into: readonly Score[]): void {
  const expected = expectedSpans(sentence);
  const predicted = predictedSpans(detector.detect(sentence.text));
  const want = new Set(expected.map(key));
  const got = new Set(predicted.map(key));
  for (const st of into) st.sentences++;
  for (const p of predicted) {
    const ok = want.has(key(p));
    const msg = `FP ${JSON.stringify(sentence.text.slice(p.start, p.end))} → ${p.label} in ${JSON.stringify(sentence.text)}`;
    for (const st of into) {
      if (ok) st.tp++;
      else {
        st.fp++;
        st.errors.push(msg);
      }
    }
  }
  for (const e of expected) {
    if (got.has(key(e))) continue;
    const msg = `FN ${JSON.stringify(sentence.text.slice(e.start, e.end))} (${e.label}) in ${JSON.stringify(sentence.text)}`;
    for (const st of into) {
      st.fn++;
      st.errors.push(msg);
    }
  }
}

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

export const summary = (s: Score): string =>
  `${s.sentences} sentences, ${s.tp + s.fn} labelled, tp=${s.tp} fp=${s.fp} fn=${s.fn}, ` +
  `precision=${precision(s).toFixed(3)} recall=${recall(s).toFixed(3)}`;
