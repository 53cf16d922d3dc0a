import type { AuditReport, CheckReport, Lang } from '../rules/report';

const LABELS = {
  fi: {
    meeting: 'Kokous',
    date: 'päivä',
    item: 'Asia',
    none: 'Ei esteellisyyksiä.',
    disqualified: 'ESTEELLINEN',
    needs_review: 'HARKITTAVA',
    lean: 'kallistuu',
    summons: 'Kutsuttavat varajäsenet',
    quorum: 'Päätösvaltaisuus',
    met: 'on päätösvaltainen',
    notMet: 'EI päätösvaltainen',
    dependsOnReview: 'riippuu harkittavista esteellisyyksistä',
    fallback: 'menettely',
    notes: 'Huomiot',
    missed: 'Jääviys jäi huomaamatta',
    unfounded: 'Perusteeton jääviys',
    upstream: 'Virhe valmistelussa',
    ungrounded: 'Esteellisyyden peruste puuttuu pöytäkirjasta',
    stage: 'vaihe',
    evidence: 'näyttö',
    auditOk: 'Ei huomautettavaa.',
  },
  en: {
    meeting: 'Meeting',
    date: 'date',
    item: 'Item',
    none: 'No disqualifications.',
    disqualified: 'DISQUALIFIED',
    needs_review: 'NEEDS REVIEW',
    lean: 'leans',
    summons: 'Deputies to summon',
    quorum: 'Quorum',
    met: 'met',
    notMet: 'NOT met',
    dependsOnReview: 'depends on findings under review',
    fallback: 'procedure',
    notes: 'Notes',
    missed: 'Missed recusal',
    unfounded: 'Unfounded recusal',
    upstream: 'Defect upstream',
    ungrounded: 'Recusal without a ground in the minutes',
    stage: 'stage',
    evidence: 'evidence',
    auditOk: 'Nothing to report.',
  },
} as const;

/** The check as a secretary reads it: per item who must leave and why, whom to summon, quorum. */
export function checkAsText(report: CheckReport, lang: Lang = 'fi', titles: Map<string, string> = new Map()): string {
  const t = LABELS[lang];
  const lines = [`${t.meeting} ${report.meetingId} (${report.bodyId}), ${t.date} ${report.date} — ${report.ruleset}`, ''];
  for (const item of report.items) {
    lines.push(`${t.item} ${item.itemId}${titles.get(item.itemId) ? `: ${titles.get(item.itemId)}` : ''}`);
    if (item.findings.length === 0) lines.push(`  ${t.none}`);
    for (const f of item.findings) {
      const lean = f.outcome === 'needs_review' && f.lean ? ` (${t.lean}: ${f.lean})` : '';
      lines.push(`  - ${t[f.outcome]}${lean} ${f.personId} [${f.capacity}; ${f.grounds.join(', ')}]: ${f.explanation}`);
    }
    if (item.substitutions.length > 0) {
      lines.push(`  ${t.summons}:`);
      for (const s of item.substitutions) lines.push(`    ${s.forPersonId} → ${s.deputyPersonId ?? '—'} (${s.status})`);
    }
    const q = item.quorum;
    const state = q.met ? t.met : t.notMet;
    const extra = [q.dependsOnReview ? t.dependsOnReview : '', q.fallback ? `${t.fallback} ${q.fallback}` : ''].filter(Boolean).join('; ');
    lines.push(`  ${t.quorum}: ${q.present}/${q.seats}, ${lang === 'fi' ? 'vaaditaan' : 'required'} ${q.required} — ${state}${extra ? ` (${extra})` : ''}`);
    if (item.notes.length > 0) {
      lines.push(`  ${t.notes}:`);
      for (const n of item.notes) lines.push(`    ${n.personId ? `${n.personId}: ` : ''}${n.text}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function auditAsText(report: AuditReport, lang: Lang = 'fi'): string {
  const t = LABELS[lang];
  const lines = [`${t.meeting} ${report.meetingId}, ${t.date} ${report.date} — ${report.ruleset}`, ''];
  const explained = (f: { explanation: string; evidence: readonly { kind: string; id?: string; text: string }[] }) => {
    lines.push(`      ${f.explanation}`);
    for (const e of f.evidence) lines.push(`      ${t.evidence}: ${e.kind}${e.id ? ` ${e.id}` : ''}: ${e.text}`);
  };
  for (const item of report.items) {
    lines.push(`${t.item} ${item.itemId}`);
    const empty = item.missedRecusals.length + item.unfoundedRecusals.length + item.upstreamDefects.length + item.ungroundedRecusals.length === 0;
    if (empty) lines.push(`  ${t.auditOk}`);
    for (const m of item.missedRecusals) {
      lines.push(`  - ${t.missed}: ${m.personId} [${m.capacity}; ${m.grounds.join(', ')}]`);
      explained(m);
    }
    for (const u of item.unfoundedRecusals) lines.push(`  - ${t.unfounded}: ${u.personId}`);
    for (const u of item.ungroundedRecusals) lines.push(`  - ${t.ungrounded}: ${u.personId}`);
    for (const d of item.upstreamDefects) {
      lines.push(`  - ${t.upstream}: ${d.personId} [${d.capacity}; ${d.grounds.join(', ')}] (${d.itemId}, ${d.meetingId} ${d.date}, ${t.stage} ${d.stage})`);
      explained(d);
    }
    lines.push('');
  }
  return lines.join('\n');
}
