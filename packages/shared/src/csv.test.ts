import { describe, expect, it } from 'vitest';
import { BOM, CsvSyntaxError, parseCsv, spreadsheetText, toCsv } from './csv.ts';

describe('reading CSV', () => {
  it('reads plain rows, LF or CRLF, with or without a final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(
      parseCsv('description,lng\r\n"井盖,丢了",113.1\n"他说""很危险""",113.2\r\n"两行\r\n描述",113.3'),
    ).toEqual([
      ['description', 'lng'],
      ['井盖,丢了', '113.1'],
      ['他说"很危险"', '113.2'],
      ['两行\r\n描述', '113.3'],
    ]);
  });

  it('drops a BOM at the start, and blank lines anywhere (as the server does, so row numbers agree)', () => {
    expect(parseCsv(`${BOM}description\r\n\r\n井盖丢了\r\n,\r\n路灯不亮\r\n\r\n`)).toEqual([
      ['description'],
      ['井盖丢了'],
      ['路灯不亮'],
    ]);
  });

  it('keeps empty fields, at the end of a line too', () => {
    expect(parseCsv('a,b,c\nx,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['x', '', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and drops a BOM and blank lines', () => {
    const text =
      '\uFEFFdescription,lng\r\n"井盖,丢了",113.1\n"他说""很危险""",113.2\r\n\r\n"两行\n描述",113.3';
    expect(parseCsv(text)).toEqual([
      ['description', 'lng'],
      ['井盖,丢了', '113.1'],
      ['他说"很危险"', '113.2'],
      ['两行\n描述', '113.3'],
    ]);
  });

  it('says so when a quoted field is never closed', () => {
    expect(() => parseCsv('description\n"没有结束')).toThrow('not closed');
  });

  it('names the line where a quote that never closes was opened', () => {
    const read = () => parseCsv('description\n井盖丢了\n"没有\n结束');
    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow('line 3');
  });
});

describe('writing CSV', () => {
  it('quotes only the fields that need it, ends lines with CRLF, and reads back the same', () => {
    const rows = [
      ['description', 'address'],
      ['井盖,丢了', '祖庙路'],
      ['他说"很危险"', ' 前有空格'],
      ['两行\n描述', ''],
    ];
    const text = toCsv(rows);
    expect(text.split('\r\n')[1]).toBe('"井盖,丢了",祖庙路');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('cells of an exported sheet', () => {
  it('turns what a spreadsheet would run as a formula into text', () => {
    for (const risky of ['=1+1', '+86 138', '-2', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(spreadsheetText(risky)).toBe(`'${risky}`);
    }
  });

  it('leaves every other text as it is', () => {
    for (const plain of ['祖庙街道', '12.50%', 'a=b', '', ' =1']) expect(spreadsheetText(plain)).toBe(plain);
  });
});
