/** The token of an `Authorization: Bearer …` header (the first header when repeated), or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}
