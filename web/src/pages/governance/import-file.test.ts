import { BOM, parseCsv } from '@yimen/shared/csv';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  importFileProblem,
  importProblemsOf,
  importTemplate,
  inLanguage,
  readImport,
} from './import-file.ts';

describe('the import template', () => {
  it('starts with a BOM for Excel and holds the header and one complete example row', () => {
    const text = importTemplate();
    expect(text.startsWith(BOM)).toBe(true);
    const [header, example, ...rest] = parseCsv(text);
    expect(header).toEqual([...IMPORT_COLUMNS]);
    expect(example).toHaveLength(IMPORT_COLUMNS.length);
    expect(example!.every((cell) => cell !== '')).toBe(true);
    expect(rest).toEqual([]);
  });
});

describe('choosing a file', () => {
  it('takes a .csv of any case up to 10 MB, and refuses other files, empty ones and bigger ones', () => {
    expect(importFileProblem({ name: '三月专项.CSV', size: 2_000 })).toBeNull();
    expect(importFileProblem({ name: '三月专项.xlsx', size: 2_000 })).toBe('type');
    expect(importFileProblem({ name: 'events.csv', size: 0 })).toBe('empty');
    expect(importFileProblem({ name: 'events.csv', size: 10 * 1024 * 1024 })).toBeNull();
    expect(importFileProblem({ name: 'events.csv', size: 10 * 1024 * 1024 + 1 })).toBe('size');
  });

  it('reads UTF-8 as it is, and a file Excel saved in GBK as GBK', () => {
    const utf8 = new TextEncoder().encode(`${BOM}description\n井盖丢了`);
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'description\n井盖丢了', encoding: 'utf-8' });
    // "井盖丢了" in GBK: not valid UTF-8.
    const gbk = new Uint8Array([0xbe, 0xae, 0xb8, 0xc7, 0xb6, 0xaa, 0xc1, 0xcb]);
    expect(decodeCsvBytes(gbk)).toEqual({ text: '井盖丢了', encoding: 'gb18030' });
  });
});

describe('reading a file for the preview', () => {
  it('gives the header and the rows, and names the columns the server will not take', () => {
    expect(readImport('Description,lng,lat,where\n井盖丢了,113.1,23.0,祖庙')).toEqual({
      header: ['Description', 'lng', 'lat', 'where'],
      rows: [['井盖丢了', '113.1', '23.0', '祖庙']],
      unknownColumns: ['where'],
      missingDescription: false,
    });
    expect(readImport('lng,lat\n113.1,23.0')).toMatchObject({ missingDescription: true, unknownColumns: [] });
  });

  it('says why a file is not worth sending: not CSV, no data rows, too many rows', () => {
    expect(readImport('description\n"没有结束')).toEqual({ kind: 'syntax', line: 2 });
    expect(readImport('description\r\n\r\n')).toEqual({ kind: 'noRows' });
    const big = ['description', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `问题${i}`)].join(
      '\n',
    );
    expect(readImport(big)).toEqual({ kind: 'tooManyRows' });
  });
});

describe('a refused import', () => {
  it('reads the problems from the details, and nothing from a refusal without them', () => {
    const problem = { row: 3, field: 'class_code', message: '没有类别 99999 / no class 99999' };
    expect(importProblemsOf({ problems: [problem, { row: 'x' }] })).toEqual([problem]);
    expect(importProblemsOf({ unknown: ['where'] })).toBeNull();
    expect(importProblemsOf(undefined)).toBeNull();
  });

  it('shows each problem in the language of the screen', () => {
    const message = '该位置不在本区范围内 / the place is outside the district';
    expect(inLanguage(message, 'zh-CN')).toBe('该位置不在本区范围内');
    expect(inLanguage(message, 'en-US')).toBe('the place is outside the district');
    expect(inLanguage('no class / unknown', 'zh-CN')).toBe('no class / unknown');
  });
});
