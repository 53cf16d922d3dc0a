/**
 * Recusal rows as a table for people: headers in the reader's language, the ground in words and
 * as its code, dates as the locale writes them. One table for the CLI's CSV, the web app's CSV
 * and the XLSX download (pure: the web app imports this file).
 */
import { catalogue, formatDate, groundText, isGroundCode, type TextLang } from '../rules';
import { toCsv } from './csv';

export interface RecusalRow {
  readonly kind?: 'recorded' | 'missed';
  readonly date: string;
  readonly meetingId: string;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly personId: string;
  readonly personName: string;
  readonly grounds: readonly string[];
  readonly decidedBy: string | null;
}

export interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

export function recusalsTable(rows: readonly RecusalRow[], lang: TextLang): Table {
  const t = catalogue(lang).csv;
  const withKind = rows.some((r) => r.kind);
  const header = [
    ...(withKind ? [t.kind] : []),
    t.date,
    t.meetingId,
    t.bodyId,
    t.bodyName,
    t.itemId,
    t.itemTitle,
    t.personId,
    t.personName,
    t.grounds,
    t.groundCodes,
    t.decidedBy,
  ];
  const decided = (by: string | null) => (by === 'self' ? t.decidedBySelf : by === 'body' ? t.decidedByBody : (by ?? ''));
  return {
    header,
    rows: rows.map((r) => [
      ...(withKind ? [r.kind === 'missed' ? t.kindMissed : t.kindRecorded] : []),
      // Excel reads d.m.yyyy as a date in Finnish and Swedish; English readers get ISO.
      lang === 'en' ? r.date : formatDate(r.date, lang),
      r.meetingId,
      r.bodyId,
      r.bodyName,
      r.itemId,
      r.itemTitle,
      r.personId,
      r.personName,
      r.grounds.map((g) => (isGroundCode(g) ? groundText(g, lang) : g)).join('; '),
      r.grounds.join(' '),
      decided(r.decidedBy),
    ]),
  };
}

export function recusalsCsv(rows: readonly RecusalRow[], lang: TextLang = 'fi'): string {
  const table = recusalsTable(rows, lang);
  return toCsv(table.header, table.rows);
}
