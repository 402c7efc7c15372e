import type { CellValue } from 'exceljs';
import type { Column } from './sheets.ts';

/**
 * Cell encoding of definition values. Decoding is lenient about what a spreadsheet program may have done to a
 * cell (a code typed as a number, a formula, rich text) but never guesses: a value it cannot read is passed on
 * as text, and the schema check then reports that cell.
 */

const splitLines = (s: string) => s.split(/\r?\n/).filter((line) => line.trim() !== '');
const CHECKLIST_LINE = /^([a-z][a-z0-9_]*)\s*[:：]\s?(.*)$/;

/** The value of a definition field as the cell shows it. */
export function encodeCell(value: unknown, col: Column): string | number | null {
  if (value === undefined || value === null) return null;
  const label = (v: unknown) => col.labels?.[String(v)] ?? String(v);
  switch (col.kind) {
    case 'int':
    case 'number':
      return value as number;
    case 'bool':
      return value ? '是' : '否';
    case 'enum':
      return label(value);
    case 'lines':
      return (value as string[]).join('\n') || null;
    case 'enumLines':
      return (value as string[]).map(label).join('\n') || null;
    case 'checklist':
      return (
        (value as Array<{ id: string; text: string }>).map((c) => `${c.id}: ${c.text}`).join('\n') || null
      );
    default:
      return String(value);
  }
}

/** Plain text of whatever exceljs hands back for a cell; empty cells give ''. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText((v.result ?? null) as CellValue);
    if ('text' in v) return String(v.text);
  }
  return '';
}

function fromLabel(text: string, col: Column): string {
  const t = text.trim();
  if (!col.labels) return t;
  if (t in col.labels) return t;
  const hit = Object.entries(col.labels).find(([, label]) => label === t);
  return hit ? hit[0] : t;
}

/** The definition value of a cell, or undefined for an empty cell of a scalar field. */
export function decodeCell(raw: CellValue, col: Column): unknown {
  const text = cellText(raw);
  switch (col.kind) {
    case 'int':
    case 'number': {
      if (typeof raw === 'number') return raw;
      if (text.trim() === '') return undefined;
      const n = Number(text.trim());
      return Number.isFinite(n) ? n : text;
    }
    case 'bool': {
      const t = text.trim().toLowerCase();
      if (t === '') return undefined;
      if (t === '是' || t === 'true') return true;
      if (t === '否' || t === 'false') return false;
      return text;
    }
    case 'enum':
      return text.trim() === '' ? undefined : fromLabel(text, col);
    case 'lines': {
      const lines = splitLines(text);
      return lines.length === 0 && col.optional ? undefined : lines;
    }
    case 'enumLines':
      return splitLines(text).map((line) => fromLabel(line, col));
    case 'checklist':
      return splitLines(text).map((line) => {
        const m = CHECKLIST_LINE.exec(line.trim());
        // A line without "id:" keeps its text with an empty id, which the schema check then names.
        return m ? { id: m[1]!, text: m[2]! } : { id: '', text: line };
      });
    default:
      return text === '' ? undefined : text;
  }
}
