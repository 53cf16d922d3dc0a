import { catalogue, citation, fill, formatDate, groundText, plural } from '../rules';
import type { GroundCode } from '../rules/grounds';
import type { AuditReport, CheckReport, Lang } from '../rules/report';

const grounds = (codes: readonly GroundCode[], lang: Lang) => codes.map((g) => groundText(g, lang)).join(', ');

/**
 * The check as a secretary reads it (`--format text`): per item who must leave and why, whom to
 * summon, quorum. Every word from the language's catalogue; grounds in standard notation.
 */
export function checkAsText(report: CheckReport, lang: Lang = 'fi', titles: Map<string, string> = new Map()): string {
  const c = catalogue(lang);
  const t = c.report;
  const findings = report.items.reduce((n, i) => n + i.findings.length, 0);
  const lines = [
    fill(t.meeting, { meeting: report.meetingId, body: report.bodyId, date: formatDate(report.date, lang), ruleset: report.ruleset }),
    fill(t.summary, { items: plural(lang, c.plurals.items, report.items.length), findings: plural(lang, c.plurals.findings, findings) }),
    '',
  ];
  for (const item of report.items) {
    lines.push(`${fill(t.item, { item: item.itemId })}${titles.get(item.itemId) ? `: ${titles.get(item.itemId)}` : ''}`);
    if (item.findings.length === 0) lines.push(`  ${t.none}`);
    for (const f of item.findings) {
      const outcome = f.outcome === 'needs_review' && f.lean ? `${c.outcomes[f.outcome]}, ${c.leans[f.lean]}` : c.outcomes[f.outcome];
      lines.push(`  - ${fill(t.findingLine, { outcome: outcome.toUpperCase(), capacity: c.capacities[f.capacity] })}: ${f.explanation}`);
    }
    if (item.substitutions.length > 0) {
      lines.push(`  ${t.summons}:`);
      for (const s of item.substitutions)
        lines.push(`    ${s.forPersonId} → ${s.deputyPersonId ?? t.noDeputy} (${c.substitutionStatus[s.status]})`);
    }
    const q = item.quorum;
    const extra = [q.dependsOnReview ? t.dependsOnReview : '', q.fallback ? fallbackText(q.fallback, lang) : ''].filter(Boolean).join('; ');
    const state = `${q.met ? t.met : t.notMet}${extra ? ` (${extra})` : ''}`;
    lines.push(`  ${t.quorum}: ${fill(t.quorumLine, { present: q.present, seats: q.seats, required: q.required, state })}`);
    if (item.notes.length > 0) {
      lines.push(`  ${t.notes}:`);
      for (const n of item.notes) lines.push(`    ${n.personId ? `${n.personId}: ` : ''}${n.text}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The statutory fallback when the quorum fails, in words (`KL 17 § 3 mom.`). */
export function fallbackText(fallback: 'KL17_3' | 'KL35_4' | 'review', lang: Lang): string {
  const c = catalogue(lang);
  const ref = fallback === 'KL17_3' ? { section: 17, subsection: 3 } : fallback === 'KL35_4' ? { section: 35, subsection: 4 } : null;
  return fill(c.quorumFallback[fallback], ref ? { law: citation({ statute: 'KL', ...ref }, lang) } : {});
}

export function auditAsText(report: AuditReport, lang: Lang = 'fi'): string {
  const c = catalogue(lang);
  const t = c.report;
  const lines = [
    fill(t.meeting, { meeting: report.meetingId, body: '', date: formatDate(report.date, lang), ruleset: report.ruleset }).replace(
      ' ()',
      '',
    ),
    '',
  ];
  const explained = (f: { explanation: string; evidence: readonly { text: string }[] }) => {
    lines.push(`      ${f.explanation}`);
    for (const e of f.evidence) lines.push(`      ${t.evidence}: ${e.text}`);
  };
  for (const item of report.items) {
    lines.push(fill(t.item, { item: item.itemId }));
    const empty =
      item.missedRecusals.length + item.unfoundedRecusals.length + item.upstreamDefects.length + item.ungroundedRecusals.length === 0;
    if (empty) lines.push(`  ${t.auditOk}`);
    for (const m of item.missedRecusals) {
      lines.push(`  - ${t.missed}: ${m.personId} (${c.capacities[m.capacity]}; ${grounds(m.grounds, lang)})`);
      explained(m);
    }
    for (const u of item.unfoundedRecusals) lines.push(`  - ${t.unfounded}: ${u.personId}`);
    for (const u of item.ungroundedRecusals) lines.push(`  - ${t.ungrounded}: ${u.personId}`);
    for (const d of item.upstreamDefects) {
      const where = fill(t.stage, { item: d.itemId, meeting: d.meetingId, date: formatDate(d.date, lang), stage: d.stage });
      lines.push(`  - ${t.upstream}: ${d.personId} (${c.capacities[d.capacity]}; ${grounds(d.grounds, lang)}; ${where})`);
      explained(d);
    }
    lines.push('');
  }
  return lines.join('\n');
}
