/**
 * Benchmark: builds a detector over 100,000 synthetic registry names (seeded, deterministic;
 * 3 % of them long names with a coordinated compound, `Xn y- ja zpalvelujen kuntayhtymä`) and
 * scans a 5,000-word agenda-like text with inflected mentions.
 *
 *   node -r @swc-node/register src/detection/bench-detect.ts [aliases] [words] [runs]
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type AliasSource, buildDetector } from './detector';
import { businessIdCheckDigit } from '../common/ytunnus';

/** mulberry32: a small seeded PRNG, so every run builds the same registry and text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260310);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const SYLLABLES = [
  'ka',
  'ri',
  'to',
  'mä',
  'lä',
  'ne',
  'vo',
  'sa',
  'hen',
  'ko',
  'lin',
  'ja',
  'ta',
  'ki',
  'ra',
  'pu',
  'ho',
  'su',
  'le',
  'vi',
  'ar',
  'tu',
  'mi',
  'ny',
  'hä',
  'pel',
  'kor',
  'val',
  'sil',
  'ten',
  'jär',
  'ves',
  'mets',
  'lah',
  'kos',
  'nie',
  'pe',
  'rin',
];
const FORMS = ['Oy', 'Oy', 'Oy', 'Ab', 'Oyj', 'Ky', 'ry', 'Tmi'];
const ENDINGS = ['', '', '', 'n', 'lle', 'lta', 'ssa', 'n kanssa', ':n', ':lle'];
const FILLER = (
  'kaupunginhallitus päättää hyväksyä esityksen mukaisesti kiinteistön myynnin ja vuokrasopimuksen sekä ' +
  'lautakunta merkitsee tiedoksi talousarvion toteutuman ja investointiohjelman muutokset kokouksessaan ' +
  'hyvinvointialue kunta kaupunki yhtiö tarjous hankinta sopimus avustus lausunto päätös esittelijä ' +
  'avtalet med staden kommunen välfärdsområde beslutar anbud upphandling bidrag utlåtande ärendet'
).split(' ');

function word(): string {
  let w = '';
  for (let k = int(2, 4); k > 0; k--) w += pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function businessId(): string {
  for (;;) {
    const digits = String(int(0, 9_999_999)).padStart(7, '0');
    const check = businessIdCheckDigit(digits);
    if (check !== undefined) return `${digits}-${check}`;
  }
}

/** Registry sources holding `target` names in all (names plus given/family pairs). */
function registry(target: number): { sources: AliasSource[]; names: string[]; ids: string[] } {
  const sources: AliasSource[] = [];
  const names: string[] = [];
  const ids: string[] = [];
  let count = 0;
  for (let e = 0; count < target; e++) {
    if (random() < 0.03) {
      // A joint authority's long name: a place, a coordinated compound, a head word.
      const name = `${word()}n ${word().toLowerCase()}- ${pick(['ja', 'och'])} ${word().toLowerCase()}palvelujen ${pick(['kuntayhtymä', 'keskus', 'samkommun'])}`;
      sources.push({ entityType: 'organization', entityId: `o${e}`, names: [{ name, lang: 'fi' }] });
      names.push(name);
      count += 1;
    } else if (random() < 0.6) {
      const core = Array.from({ length: int(1, 3) }, word).join(' ');
      const form = pick(FORMS);
      const fi = random() < 0.1 ? `Oy ${core} Ab` : `${core} ${form}`;
      const entityNames = [{ name: fi, lang: 'fi' as const }];
      if (random() < 0.3) entityNames.push({ name: `${core} ${form === 'Oy' ? 'Ab' : form}`, lang: 'fi' });
      const id = businessId();
      ids.push(id);
      sources.push({
        entityType: 'organization',
        entityId: `o${e}`,
        names: entityNames,
        identifiers: [{ scheme: 'fi:ytunnus', identifier: id }],
      });
      names.push(...entityNames.map((n) => n.name));
      count += entityNames.length;
    } else {
      const givenName = word();
      const familyName = random() < 0.3 ? `${word()}nen` : word();
      sources.push({ entityType: 'person', entityId: `p${e}`, givenName, familyName, names: [{ name: `${givenName} ${familyName}` }] });
      names.push(`${givenName} ${familyName}`, `${familyName} ${givenName}`);
      count += 1;
    }
  }
  return { sources, names, ids };
}

function text(words: number, names: readonly string[], ids: readonly string[]): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const r = random();
    if (r < 0.02) {
      const name = pick(names) + pick(ENDINGS);
      out.push(name);
      n += name.split(' ').length;
    } else if (r < 0.022) {
      out.push(`Y-tunnus ${pick(ids)}`);
      n += 2;
    } else if (r < 0.3) {
      out.push(word());
      n++;
    } else {
      out.push(pick(FILLER) + (random() < 0.08 ? '.' : random() < 0.05 ? ',' : ''));
      n++;
    }
  }
  return out.join(' ');
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function main(): void {
  const target = Number(process.argv[2] ?? 100_000);
  const words = Number(process.argv[3] ?? 5_000);
  const runs = Number(process.argv[4] ?? 200);
  const { sources, names, ids } = registry(target);
  const sample = text(words, names, ids);

  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const detector = buildDetector(sources);
  const buildMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  for (let k = 0; k < 20; k++) detector.detect(sample); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let mentions = 0;
  for (let k = 0; k < runs; k++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    mentions = detector.detect(sample).length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    [
      `registry: ${sources.length} entities, ${target} names, ${detector.aliasCount} indexed variants (incl. word orders, identifiers)`,
      `text: ${sample.split(/\s+/).length} words, ${sample.length} characters, ${mentions} mentions found`,
      `build: ${fmt(buildMs)} (heap +${heapMb.toFixed(0)} MB)`,
      `scan (${runs} runs, wall clock): median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(times[times.length - 1])}`,
      `scan (CPU time of this process): median ${fmt(quantile(cpuTimes, 0.5))}, p95 ${fmt(quantile(cpuTimes, 0.95))}`,
      `load average while running: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.availableParallelism()} cores`,
    ].join('\n'),
  );
}

main();
