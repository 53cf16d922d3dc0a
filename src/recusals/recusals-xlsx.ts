import ExcelJS from 'exceljs';
import { catalogue, type TextLang } from '../rules';
import { recusalsTable, type RecusalRow } from '../common/recusals-table';

/**
 * The recusals as an Excel workbook (exceljs: the most used maintained XLSX writer for Node,
 * MIT, no native code; SheetJS's current releases are no longer published on npm). One sheet,
 * the same columns as the CSV, a bold frozen header and an autofilter.
 */
export async function recusalsXlsx(rows: readonly RecusalRow[], lang: TextLang = 'fi'): Promise<Buffer> {
  const table = recusalsTable(rows, lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jaavi';
  const sheet = workbook.addWorksheet(catalogue(lang).csv.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(table.header[i]?.length ?? 0, ...table.rows.map((r) => r[i]?.length ?? 0));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
