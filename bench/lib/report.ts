import type { BenchResult } from './result';
import type { Timing } from './stats';

const ms = (t: Timing) => `${t.medianMs} | ${t.p95Ms}`;

/** The headline figures as a markdown table, plus the facts loader's plans. */
export function markdown(result: BenchResult): string {
  const lines = [
    `### jaavi benchmark, scale ${result.scale} (${result.dataset.events} meetings, ${result.dataset.agendaItems} items, ${result.dataset.persons} persons)`,
    '',
    '| measurement | median ms | p95 ms | runs |',
    '|---|---:|---:|---:|',
    `| meetingCheck over HTTP (${result.meetingCheck.items} items, ${result.meetingCheck.findings} findings) | ${ms(result.meetingCheck.timing)} | ${result.meetingCheck.timing.runs} |`,
    `| floor: FactsLoader on raw pg + evaluate | ${ms(result.floor.total)} | ${result.floor.total.runs} |`,
    `| floor: FactsLoader on raw pg | ${ms(result.floor.load)} | ${result.floor.load.runs} |`,
    `| floor: evaluate alone | ${ms(result.floor.evaluate)} | ${result.floor.evaluate.runs} |`,
    ...(result.myWarnings.cold
      ? [`| myWarnings, cold (facts revision just moved) | ${ms(result.myWarnings.cold)} | ${result.myWarnings.cold.runs} |`]
      : []),
    ...(result.myWarnings.single
      ? [`| myWarnings, one request at a time (warm) | ${ms(result.myWarnings.single)} | ${result.myWarnings.single.runs} |`]
      : []),
    ...(result.auditor
      ? [
          `| recusals, one person, one year (${result.auditor.recusals.rows} rows) | ${ms(result.auditor.recusals.timing)} | ${result.auditor.recusals.timing.runs} |`,
          `| missedRecusals, one body, one year (${result.auditor.missedRecusals.rows} rows) | ${ms(result.auditor.missedRecusals.timing)} | ${result.auditor.missedRecusals.timing.runs} |`,
        ]
      : []),
    '',
  ];
  if (result.myWarnings.skipped) {
    lines.push(`myWarnings under load: skipped (${result.myWarnings.skipped})`, '');
  } else if (result.myWarnings.load) {
    const l = result.myWarnings.load;
    lines.push(
      '| myWarnings under load | value |',
      '|---|---:|',
      `| connections × seconds | ${l.connections} × ${l.seconds} |`,
      `| throughput (req/s) | ${l.requestsPerSecond} |`,
      `| latency p50 / p99 (ms) | ${l.latencyP50Ms} / ${l.latencyP99Ms} |`,
      `| non-2xx / errors / timeouts | ${l.non2xx} / ${l.errors} / ${l.timeouts} |`,
      `| service peak RSS during load (MB) | ${l.servicePeakRssMb} |`,
      '',
    );
  }
  lines.push(`Service RSS: ${result.service.rssAfterMb} MB after the run, ${result.service.peakMb} MB peak since start (VmHWM).`, '');
  if (result.import) {
    lines.push(
      `Import: ${result.import.seconds} s, ${result.import.streamed ? 'streamed' : 'whole document'}, peak RSS ${result.import.peakRssMb} MB (${result.import.when}).`,
      '',
    );
  }
  lines.push('| facts loader statement | ms | indexes used | sequential scans |', '|---|---:|---|---|');
  for (const q of result.explain) {
    const scans = q.seqScans.map((s) => `${s.table} (${s.rows} rows, ${s.removed} filtered)`).join(', ') || '–';
    lines.push(`| ${q.label} | ${q.executionMs} | ${q.indexes.join(', ') || '–'} | ${scans} |`);
  }
  return `${lines.join('\n')}\n`;
}
