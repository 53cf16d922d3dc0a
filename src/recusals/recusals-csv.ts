import type { RecusalRecordModel } from './models/recusal.model';

const COLUMNS: (keyof RecusalRecordModel)[] = ['date', 'meetingId', 'bodyId', 'bodyName', 'itemId', 'itemTitle', 'personId', 'personName', 'grounds', 'decidedBy'];

/** RFC 4180 CSV; a leading =, +, - or @ is quoted away so a spreadsheet never runs it as a formula. */
function cell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function recusalsCsv(rows: readonly RecusalRecordModel[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
