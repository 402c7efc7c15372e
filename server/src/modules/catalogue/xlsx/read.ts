import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../excel.ts';
import { catalogueErrors } from '../catalogue.errors.ts';
import { cellText, decodeCell } from './cells.ts';
import { CHILD_SHEETS, type Column, ITEM_SHEET, type SheetSpec, setPath } from './sheets.ts';

export interface ParsedWorkbook {
  /** One object per row of sheet 事项, lists filled from the other sheets; not yet schema-checked. */
  definitions: Record<string, unknown>[];
  /** The cell a path inside definition `index` came from, e.g. `申请材料!C12`, for error messages. */
  locate(index: number, path: string): string;
}

interface BoundSheet {
  spec: SheetSpec;
  ws: ExcelJS.Worksheet;
  /** Column number of each importable column of the spec. */
  at: Map<Column, number>;
}

function bind(wb: ExcelJS.Workbook, spec: SheetSpec): BoundSheet {
  const ws = wb.getWorksheet(spec.name);
  if (!ws) throw catalogueErrors.workbookNoSheet({ sheet: spec.name }, { field: spec.name });
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    headers.set(cellText(cell.value).trim(), col);
  });
  const at = new Map<Column, number>();
  for (const c of spec.columns) {
    if (c.exportOnly) continue;
    const col = headers.get(c.header);
    if (col === undefined)
      throw catalogueErrors.workbookNoColumn(
        { sheet: spec.name, column: c.header },
        { field: `${spec.name}!1` },
      );
    at.set(c, col);
  }
  return { spec, ws, at };
}

/** Rows with content, each with the decoded values of its columns and the cell address of each path. */
function* rowsOf(sheet: BoundSheet) {
  for (let r = 2; r <= sheet.ws.rowCount; r++) {
    const row = sheet.ws.getRow(r);
    const cells = [...sheet.at].map(([col, n]) => ({ col, cell: row.getCell(n) }));
    if (cells.every(({ cell }) => cellText(cell.value).trim() === '')) continue;
    const values: Record<string, unknown> = {};
    const refs = new Map<string, string>();
    for (const { col, cell } of cells) {
      const v = decodeCell(cell.value, col);
      if (v !== undefined) setPath(values, col.path, v);
      refs.set(col.path, `${sheet.spec.name}!${cell.address}`);
    }
    yield { values, refs, rowRef: `${sheet.spec.name}!A${r}` };
  }
}

/** Reads a catalogue workbook written by `writeCatalogueWorkbook` (or edited from one). */
export async function readCatalogueWorkbook(data: Buffer): Promise<ParsedWorkbook> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw catalogueErrors.notAWorkbook();
  }
  const definitions: Record<string, unknown>[] = [];
  const locations: Array<Map<string, string>> = [];
  const itemRows: string[] = [];
  const indexByCode = new Map<string, number>();

  for (const { values, refs, rowRef } of rowsOf(bind(wb, ITEM_SHEET))) {
    const code = values.implementationCode;
    const codeRef = refs.get('implementationCode')!;
    if (typeof code !== 'string') throw catalogueErrors.workbookCodeMissing({ field: codeRef });
    if (indexByCode.has(code)) throw catalogueErrors.workbookCodeTwice({ code }, { field: codeRef });
    indexByCode.set(code, definitions.length);
    definitions.push({
      ...values,
      acceptConditions: [],
      materials: [],
      verifications: [],
      stages: [],
      fees: [],
    });
    locations.push(refs);
    itemRows.push(rowRef);
  }

  for (const spec of CHILD_SHEETS) {
    for (const { values, refs, rowRef } of rowsOf(bind(wb, spec))) {
      const { implementationCode: code, ...entry } = values;
      const index = typeof code === 'string' ? indexByCode.get(code) : undefined;
      if (index === undefined)
        throw catalogueErrors.workbookCodeNotInItems(
          { code: String(code ?? ''), sheet: ITEM_SHEET.name },
          { field: refs.get('implementationCode')! },
        );
      const def = definitions[index]!;
      const loc = locations[index]!;
      let prefix: string;
      if (spec.list === 'nodes') prefix = addNode(def, loc, entry, refs);
      else {
        const list = def[spec.list!] as unknown[];
        prefix = `${spec.list}.${list.length}`;
        list.push(entry);
      }
      loc.set(prefix, rowRef);
      for (const [path, ref] of refs) if (!path.startsWith('stage.')) loc.set(`${prefix}.${path}`, ref);
    }
  }

  return {
    definitions,
    locate(index, path) {
      const loc = locations[index];
      for (let p = path; loc && p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
        const hit = loc.get(p);
        if (hit) return hit;
      }
      return itemRows[index] ?? ITEM_SHEET.name;
    },
  };
}

interface StageDraft {
  id?: unknown;
  name?: unknown;
  nodes: unknown[];
}

/** Files a 办理流程 row under its stage (stages in order of first appearance); returns the node's path. */
function addNode(
  def: Record<string, unknown>,
  loc: Map<string, string>,
  entry: Record<string, unknown>,
  refs: Map<string, string>,
): string {
  const { stage = {}, ...node } = entry as { stage?: { id?: unknown; name?: unknown } };
  const stages = def.stages as StageDraft[];
  let s = stages.findIndex((x) => x.id === stage.id);
  if (s < 0) {
    s = stages.length;
    stages.push({
      ...(stage.id !== undefined ? { id: stage.id } : {}),
      ...(stage.name !== undefined ? { name: stage.name } : {}),
      nodes: [],
    });
    loc.set(`stages.${s}`, refs.get('stage.id')!);
    loc.set(`stages.${s}.id`, refs.get('stage.id')!);
    loc.set(`stages.${s}.name`, refs.get('stage.name')!);
  } else if (stages[s]!.name !== stage.name) {
    throw catalogueErrors.workbookStageRenamed(
      { stage: String(stage.id) },
      { field: refs.get('stage.name')! },
    );
  }
  const nodes = stages[s]!.nodes;
  nodes.push(node);
  return `stages.${s}.nodes.${nodes.length - 1}`;
}
