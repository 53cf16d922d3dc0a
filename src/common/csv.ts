/**
 * The one CSV writer of the CLI and the web app (pure: the web app imports this file). Written
 * for Finnish and Swedish Excel: `;` between fields (their list separator, since `,` is the
 * decimal comma), UTF-8 with a byte-order mark (without it Excel reads ä and ö as Latin-1), CRLF
 * line ends, RFC 4180 quoting.
 */
export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  readonly separator?: string;
  readonly bom?: boolean;
}

/** A cell starting with =, +, - or @ would run as a formula: an apostrophe keeps it text. */
export function csvCell(value: CsvValue, separator = ';'): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const special = new RegExp(`["\\r\\n${separator.replace(/[\\\]^-]/g, '\\$&')}]`);
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const lines = [header, ...rows].map((r) => r.map((v) => csvCell(v, separator)).join(separator));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
