/** Downloads; the CSV itself comes from the service's own writer (src/common), so both agree. */
export { toCsv } from '../../src/common/csv';
export { recusalsCsv } from '../../src/common/recusals-table';

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, type: string, content: string): void {
  downloadBlob(name, new Blob([content], { type }));
}

/** A base64 document from the service (the XLSX workbook) as a download. */
export function downloadBase64(name: string, type: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(name, new Blob([bytes], { type }));
}
