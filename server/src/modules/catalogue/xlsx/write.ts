import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../excel.ts';
import type { ItemDefinitionT } from '../item-definition.ts';
import { encodeCell } from './cells.ts';
import { CHILD_SHEETS, type Column, getPath, ITEM_SHEET, type ListName, type SheetSpec } from './sheets.ts';

export interface WorkbookItem {
  definition: ItemDefinitionT;
  status: string;
  version: number | null;
}

/** The entries of one definition list, flattened to rows (process nodes carry their stage). */
function listRows(def: ItemDefinitionT, list: ListName): unknown[] {
  if (list === 'nodes')
    return def.stages.flatMap((s) => s.nodes.map((n) => ({ ...n, stage: { id: s.id, name: s.name } })));
  return def[list];
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c: Column) => ({
    header: c.header,
    width: c.width ?? Math.max(12, c.header.length * 2 + 2),
    // Multi-line cells (lists) stay readable.
    style:
      c.kind === 'lines' || c.kind === 'enumLines' || c.kind === 'checklist'
        ? { alignment: { wrapText: true, vertical: 'top' } }
        : {},
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** Builds the catalogue workbook: sheet 事项 plus one sheet per list, rows in definition order. */
export async function writeCatalogueWorkbook(items: WorkbookItem[]): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'Yimen 一门';
  const itemSheet = addSheet(wb, ITEM_SHEET);
  for (const item of items) {
    const meta: Record<string, unknown> = { '@status': item.status, '@version': item.version };
    itemSheet.addRow(
      ITEM_SHEET.columns.map((c) =>
        encodeCell(c.path.startsWith('@') ? meta[c.path] : getPath(item.definition, c.path), c),
      ),
    );
  }
  for (const spec of CHILD_SHEETS) {
    const ws = addSheet(wb, spec);
    for (const item of items) {
      for (const entry of listRows(item.definition, spec.list!)) {
        ws.addRow(
          spec.columns.map((c) =>
            c.path === 'implementationCode'
              ? item.definition.implementationCode
              : encodeCell(getPath(entry, c.path), c),
          ),
        );
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
