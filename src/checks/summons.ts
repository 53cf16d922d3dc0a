import { catalogue, fill, finlexUrl, formatDate, formatDateTime, groundCitation, groundText, ground, sortGrounds } from '../rules';
import type { GroundCode } from '../rules/grounds';
import type { CheckReport, Lang } from '../rules/report';

export interface SummonsItem {
  itemId: string;
  title: string;
  forPersonId: string;
  forPersonName: string;
  status: string;
  reason: string;
  /** The grounds behind the reason (codes, for the document's statute links). */
  grounds: readonly GroundCode[];
}

export interface Summons {
  deputyPersonId: string;
  deputyName: string;
  items: SummonsItem[];
}

/**
 * Who to summon for which items and why, from a check report. Reasons cite the grounds in the
 * reader's language (never a code), never a relative or a declared interest (the summons goes
 * to the deputy).
 */
export function summonsFrom(report: CheckReport, titles: Map<string, string>, names: Map<string, string>, lang: Lang = 'fi'): Summons[] {
  const t = catalogue(lang).summons;
  const byDeputy = new Map<string, Summons>();
  for (const item of report.items) {
    for (const s of item.substitutions) {
      if (!s.deputyPersonId || (s.status !== 'summon' && s.status !== 'summon_with_warning')) continue;
      const finding = item.findings.find((f) => f.personId === s.forPersonId && f.capacity !== 'deputy');
      const who = names.get(s.forPersonId) ?? s.forPersonId;
      const grounds = (finding?.grounds ?? []).map((g) => groundText(g, lang)).join(', ');
      const because =
        s.reason === 'decision'
          ? fill(t.decided, { name: who, grounds })
          : s.reason === 'announcement'
            ? fill(t.announced, { name: who })
            : finding
              ? fill(t.disqualified, { name: who, grounds })
              : fill(t.absent, { name: who });
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
        grounds: finding?.grounds ?? [],
        reason: s.status === 'summon_with_warning' ? `${because}. ${t.warning}` : `${because}.`,
      });
      byDeputy.set(s.deputyPersonId, entry);
    }
  }
  return [...byDeputy.values()].sort(
    (a, b) => a.deputyName.localeCompare(b.deputyName, catalogue(lang).locale) || a.deputyPersonId.localeCompare(b.deputyPersonId),
  );
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Each ground cited in the reasons, linked to its statute on Finlex in the reader's language. */
function citationLinks(summons: Summons[], lang: Lang): string {
  const codes = sortGrounds(summons.flatMap((s) => s.items.flatMap((i) => i.grounds)));
  if (codes.length === 0) return '';
  const items = codes.map((code) => {
    const g = ground(code);
    return `<li><a href="${escape(finlexUrl(g.ref.statute, lang))}" hreflang="${lang}">${escape(groundCitation(g.code, lang))}</a> (${escape(g.title[lang])})</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The summons list as a printable, self-contained HTML document, in the reader's language. */
export function summonsHtml(
  meeting: { id: string; name: string | null; date: string; startsAt?: string | null; body: string },
  summons: Summons[],
  lang: Lang = 'fi',
): string {
  const t = catalogue(lang).summons;
  const when = meeting.startsAt ? formatDateTime(meeting.startsAt, lang) : formatDate(meeting.date, lang);
  const sections = summons
    .map(
      (s) =>
        `<section><h2>${escape(s.deputyName)}</h2><table><thead><tr><th scope="col">${t.item}</th><th scope="col">${t.reason}</th></tr></thead><tbody>${s.items
          .map((i) => `<tr><td>${escape(i.title)}</td><td>${escape(i.reason)}</td></tr>`)
          .join('')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${t.title}: ${escape(meeting.body)} ${escape(when)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.4em;text-align:left;vertical-align:top}section{page-break-inside:avoid;margin-bottom:1.5em}</style>
</head><body><h1>${t.title}</h1><p>${t.meeting}: ${escape(meeting.name ?? meeting.id)} — ${escape(meeting.body)}, ${escape(when)}</p>
${sections || `<p>${t.none}</p>`}
${citationLinks(summons, lang)}
</body></html>
`;
}
