import { describe, expect, it } from 'vitest';
import { parseCsv } from './import-events.ts';

describe('reading CSV', () => {
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
});
