import { catalogue, fill, groundText, isGroundCode } from '../rules';
import type { CheckReport, Lang } from '../rules/report';

/** An official's announced self-recusal for an item. */
export interface Announcement {
  itemId: string;
  personId: string;
  name: string;
  grounds: string[];
  note: string | null;
}

/** The announcement as a note; grounds in words, never as codes. */
function announcementText(a: Announcement, lang: Lang): string {
  const t = catalogue(lang).notes;
  const grounds = a.grounds.map((g) => (isGroundCode(g) ? groundText(g, lang) : g)).join(', ');
  return fill(t.announcement, {
    name: a.name,
    grounds: grounds ? fill(t.announcementGrounds, { grounds }) : '',
    note: a.note ? `: ${a.note}` : '',
  });
}

/** Adds notes (by item id) to a report's items. */
export function withNotes(report: CheckReport, notes: Map<string, string[]>): CheckReport {
  if (notes.size === 0) return report;
  return {
    ...report,
    items: report.items.map((item) => {
      const more = notes.get(item.itemId);
      return more ? { ...item, notes: [...item.notes, ...more.map((text) => ({ text }))] } : item;
    }),
  };
}

/**
 * The secretary sees officials' own announcements in the check, as notes on their items: the
 * body still decides (HL 29), so an announcement is never a finding by itself.
 */
export function withAnnouncements(report: CheckReport, announcements: readonly Announcement[], lang: Lang): CheckReport {
  if (announcements.length === 0) return report;
  return {
    ...report,
    items: report.items.map((item) => {
      const mine = announcements.filter((a) => a.itemId === item.itemId);
      if (mine.length === 0) return item;
      return { ...item, notes: [...item.notes, ...mine.map((a) => ({ personId: a.personId, text: announcementText(a, lang) }))] };
    }),
  };
}
