import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * A new, empty workbook. exceljs (with its zip and stream libraries, about 500 modules) is loaded on the first
 * call instead of at start-up: most processes never read or write a spreadsheet, and all of them start faster.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  loading ??= import('exceljs').then((m) => m.default);
  const Excel = await loading;
  return new Excel.Workbook();
}
