import type { CheckReport } from '../rules/report';

export interface SummonsItem {
  itemId: string;
  title: string;
  forPersonId: string;
  forPersonName: string;
  status: string;
  reason: string;
}

export interface Summons {
  deputyPersonId: string;
  deputyName: string;
  items: SummonsItem[];
}

const REASON = {
  fi: {
    absent: 'on estynyt (ilmoitettu poissaolo)',
    disqualified: 'on esteellinen',
    decided: ': toimielin on todennut esteelliseksi',
    announced: 'on ilmoittanut jäävänsä itsensä',
    warning: 'Huom. myös varajäsenen esteellisyys on harkittava.',
  },
  en: {
    absent: 'is expected to be absent',
    disqualified: 'is disqualified',
    decided: ': the body has found them disqualified',
    announced: 'has announced a self-recusal',
    warning: "Note: the deputy's own disqualification needs review.",
  },
} as const;

/** Why the member is replaced, from the substitution's reason (legal-grounds §6). */
function because(t: (typeof REASON)['fi' | 'en'], who: string, reason: string, grounds: readonly string[] | null): string {
  const codes = grounds?.length ? ` (${grounds.join(', ')})` : '';
  if (reason === 'decision') return `${who}${t.decided}${codes}`;
  if (reason === 'announcement') return `${who} ${t.announced}`;
  if (reason === 'finding') return `${who} ${t.disqualified}${codes}`;
  return `${who} ${t.absent}`;
}

/**
 * Who to summon for which items and why, from a check report: a finding, the body's decision, the
 * member's own announcement or an expected absence. Reasons name the ground codes, never a
 * relative, a declared interest or the announcement's note (the summons goes to the deputy).
 */
export function summonsFrom(
  report: CheckReport,
  titles: Map<string, string>,
  names: Map<string, string>,
  lang: 'fi' | 'en' = 'fi',
): Summons[] {
  const t = REASON[lang];
  const byDeputy = new Map<string, Summons>();
  for (const item of report.items) {
    for (const s of item.substitutions) {
      if (!s.deputyPersonId || (s.status !== 'summon' && s.status !== 'summon_with_warning')) continue;
      const finding = item.findings.find((f) => f.personId === s.forPersonId && f.capacity !== 'deputy');
      const who = names.get(s.forPersonId) ?? s.forPersonId;
      const why = because(t, who, s.reason, finding?.grounds ?? null);
      const entry = byDeputy.get(s.deputyPersonId) ?? {
        deputyPersonId: s.deputyPersonId,
        deputyName: names.get(s.deputyPersonId) ?? s.deputyPersonId,
        items: [],
      };
      entry.items.push({
        itemId: item.itemId,
        title: titles.get(item.itemId) ?? item.itemId,
        forPersonId: s.forPersonId,
        forPersonName: who,
        status: s.status,
        reason: s.status === 'summon_with_warning' ? `${why}. ${t.warning}` : `${why}.`,
      });
      byDeputy.set(s.deputyPersonId, entry);
    }
  }
  return [...byDeputy.values()].sort((a, b) => a.deputyName.localeCompare(b.deputyName, 'fi') || a.deputyPersonId.localeCompare(b.deputyPersonId));
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The summons list as a printable, self-contained HTML document. */
export function summonsHtml(meeting: { id: string; name: string | null; date: string; body: string }, summons: Summons[], lang: 'fi' | 'en' = 'fi'): string {
  const t = lang === 'fi'
    ? { title: 'Varajäsenten kutsut', item: 'Asia', reason: 'Syy', none: 'Ketään ei tarvitse kutsua.', meeting: 'Kokous' }
    : { title: 'Deputies to summon', item: 'Item', reason: 'Reason', none: 'Nobody needs to be summoned.', meeting: 'Meeting' };
  const sections = summons
    .map(
      (s) => `<section><h2>${escape(s.deputyName)}</h2><table><thead><tr><th scope="col">${t.item}</th><th scope="col">${t.reason}</th></tr></thead><tbody>${s.items
        .map((i) => `<tr><td>${escape(i.title)}</td><td>${escape(i.reason)}</td></tr>`)
        .join('')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${t.title}: ${escape(meeting.body)} ${escape(meeting.date)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.4em;text-align:left;vertical-align:top}section{page-break-inside:avoid;margin-bottom:1.5em}</style>
</head><body><h1>${t.title}</h1><p>${t.meeting}: ${escape(meeting.name ?? meeting.id)} — ${escape(meeting.body)}, ${escape(meeting.date)}</p>
${sections || `<p>${t.none}</p>`}
</body></html>
`;
}
