import { describe, expect, it } from 'vitest';
import { BOM, CsvSyntaxError, parseCsv, toCsv } from './csv.ts';

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
