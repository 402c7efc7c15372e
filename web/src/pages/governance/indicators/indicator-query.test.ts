import { describe, expect, it } from 'vitest';
import { indicatorParams, readIndicatorQuery } from './indicator-query.ts';

const read = (search: string) => readIndicatorQuery(new URLSearchParams(search));

describe('the indicators asked for by the address', () => {
  it('asks by street for the server’s default period when none is given', () => {
    expect(read('')).toEqual({ groupBy: 'street' });
    expect(indicatorParams({ groupBy: 'street' })).toEqual({ groupBy: 'street' });
  });

  it('reads a grouping and a period back from what it wrote', () => {
    const query = { groupBy: 'week', from: '2026-10-01', to: '2026-10-31' } as const;
    expect(readIndicatorQuery(new URLSearchParams(indicatorParams(query)))).toEqual(query);
  });

  it('ignores an unknown grouping and a period that is malformed, half given or backwards', () => {
    expect(read('groupBy=year').groupBy).toBe('street');
    expect(read('groupBy=unit&from=2026-12-01&to=2026-11-01')).toEqual({ groupBy: 'unit' });
    expect(read('from=yesterday&to=2026-11-01')).toEqual({ groupBy: 'street' });
    expect(read('from=2026-11-01')).toEqual({ groupBy: 'street' });
  });
});
