/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted when they hold a comma, a quote or a line break,
 * quotes doubled inside quotes, lines ended by CRLF or LF, a BOM at the start dropped and blank lines skipped.
 * The server's events import and the browser's preview of it read with this one parser, so the preview shows
 * the rows (and the line of a syntax error) the server will see.
 */

/** The byte-order mark Excel needs to open a UTF-8 CSV as UTF-8 (without it, Chinese turns to mojibake). */
export const BOM = '\uFEFF';

/** Thrown when the text is not CSV (a quoted field never closed); the line is where that field began. */
export class CsvSyntaxError extends SyntaxError {
  constructor(readonly line: number) {
    super(`a quoted field opened on line ${line} is not closed`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** One field as CSV: quoted when it holds a comma, a quote, a line break or edge spaces. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text, lines ended by CRLF as RFC 4180 and Excel write them. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * A cell of an exported sheet (CSV or xlsx) as text a spreadsheet will not run: one that starts with = + - @, a
 * tab or a carriage return would be read as a formula (CSV injection), so it is prefixed with an apostrophe, which
 * the spreadsheet shows as text. Exports call it on every text cell they write; imports never do.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
