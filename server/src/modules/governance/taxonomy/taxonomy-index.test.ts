import { describe, expect, it } from 'vitest';
import { TAXONOMY } from './taxonomy.data.ts';
import { buildTaxonomyIndex } from './taxonomy-index.ts';

const index = buildTaxonomyIndex(TAXONOMY);

describe('TaxonomyIndex', () => {
  it('finds minors and majors by code', () => {
    expect(index.byCode.get('09009')?.name).toBe('机动车乱停放');
    expect(index.majorByCode.get('17')?.name).toBe('劳动保障');
    expect(index.byCode.get('99999')).toBeUndefined();
  });

  it('lists the minors of a major in code order, and none for an unknown major', () => {
    const codes = index.minorsOf('07').map((m) => m.code);
    expect(codes[0]).toBe('07001');
    expect(codes).toEqual([...codes].sort());
    expect(codes.every((c) => c.startsWith('07'))).toBe(true);
    expect(index.minorsOf('42')).toEqual([]);
  });

  it('names the events that concern a component class', () => {
    expect(index.eventsConcerning('03002').map((m) => m.code)).toContain('06010');
    expect(index.eventsConcerning('05003')).toEqual([]);
  });
});
