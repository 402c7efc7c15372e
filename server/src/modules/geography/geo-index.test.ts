import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChanchengSource } from './chancheng-source.ts';
import { deriveGeography } from './derive.ts';
import { buildGeoIndex, type GeoIndex } from './geo-index.ts';
import type { GeoAreaRow } from './geo-types.ts';
import { bboxOf } from './planar.ts';
import { mulberry32 } from './prng.ts';

let rows: GeoAreaRow[];
let geo: GeoIndex;

beforeAll(() => {
  rows = deriveGeography(loadChanchengSource());
  geo = buildGeoIndex(rows);
});

describe('GeoIndex.locate', () => {
  it('answers exactly as a naive scan of every micro-grid polygon', () => {
    const leaves = rows.filter((r) => r.level === 'micro_grid');
    const [minX, minY, maxX, maxY] = bboxOf(rows[0]!.geometry);
    const rng = mulberry32(42);
    // Some margin around the district, so points outside the bounding box are covered too.
    const pad = 0.01;
    for (let i = 0; i < 10_000; i++) {
      const point: [number, number] = [
        minX - pad + rng() * (maxX - minX + 2 * pad),
        minY - pad + rng() * (maxY - minY + 2 * pad),
      ];
      const naive = leaves.find((leaf) => booleanPointInPolygon(point, leaf.geometry));
      expect(geo.locate(...point)?.microGrid.code ?? null).toBe(naive?.code ?? null);
    }
  });

  it('names every level containing the point, down from the district', () => {
    const microGrid = rows.find((r) => r.code === '44060401200100101')!;
    const found = geo.locate(microGrid.center_lng, microGrid.center_lat);
    expect(found).toEqual({
      district: { code: '440604', name: '禅城区' },
      street: { code: '440604012', name: '祖庙街道' },
      community: { code: '440604012001', name: rows.find((r) => r.code === '440604012001')!.name },
      grid: { code: '440604012001001', name: expect.stringMatching(/第1网格$/) },
      microGrid: { code: '44060401200100101', name: microGrid.name },
    });
    expect(Object.isFrozen(found)).toBe(true);
  });

  it('returns null outside the district and for coordinates that are not numbers', () => {
    expect(geo.locate(116.397, 39.909)).toBeNull(); // Tiananmen, Beijing
    expect(geo.locate(113.2, 22.85)).toBeNull(); // 顺德区, inside the bounding box's reach but not the district
    expect(geo.locate(113.06, 22.93)).toBeNull(); // the inlet east of 南庄, inside the bounding box
    expect(geo.locate(Number.NaN, 23)).toBeNull();
    expect(geo.locate(0, 0)).toBeNull();
  });
});

describe('GeoIndex navigation', () => {
  it('finds areas, children in code order and the path from the district', () => {
    expect(geo.districtCode).toBe('440604');
    expect(geo.area('440604011')?.name).toBe('张槎街道');
    expect(geo.area('440604999')).toBeUndefined();
    expect(geo.children('440604').map((r) => r.code)).toEqual([
      '440604010',
      '440604011',
      '440604012',
      '440604100',
    ]);
    expect(geo.children('44060401000100101')).toEqual([]);
    expect(geo.path('44060401000100102').map((r) => r.level)).toEqual([
      'district',
      'street',
      'community',
      'grid',
      'micro_grid',
    ]);
    expect(geo.path('nope')).toEqual([]);
    expect(geo.atLevel('grid')).toHaveLength(303);
  });

  it('draws random points inside the requested area, repeatably for a seeded generator', () => {
    for (const code of ['440604', '440604100', '440604010001', '44060401000100101']) {
      const area = geo.area(code)!;
      const rng = mulberry32(3);
      for (let i = 0; i < 200; i++)
        expect(geo.locate(...geo.randomPointIn(code, rng))?.microGrid.code).toMatch(new RegExp(`^${code}`));
      expect(booleanPointInPolygon(geo.randomPointIn(code, mulberry32(9)), area.geometry)).toBe(true);
      expect(geo.randomPointIn(code, mulberry32(9))).toEqual(geo.randomPointIn(code, mulberry32(9)));
    }
    expect(() => geo.randomPointIn('440604999', Math.random)).toThrow(/not found/);
  });

  it('serves each level as a GeoJSON FeatureCollection, built once', () => {
    const text = geo.featureCollection('street');
    expect(geo.featureCollection('street')).toBe(text);
    const layer = JSON.parse(text);
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features).toHaveLength(4);
    expect(layer.features[0].properties).toEqual({
      code: '440604010',
      name: '石湾镇街道',
      level: 'street',
      parentCode: '440604',
      derived: true,
      source: expect.stringContaining('derived'),
    });
    expect(layer.features[0].geometry.type).toBe('Polygon');
    expect(JSON.parse(geo.featureCollection('micro_grid')).features).toHaveLength(921);
  });
});

describe('GeoIndex.search', () => {
  it('ranks the exact code first, then code or name prefixes, then names containing the query', () => {
    expect(geo.search('440604010')[0]?.code).toBe('440604010');
    expect(
      geo
        .search('440604010')
        .slice(1)
        .every((r) => r.code.startsWith('440604010')),
    ).toBe(true);
    const lanshi = geo.search('澜石');
    expect(lanshi[0]).toMatchObject({ code: '440604010001', name: '澜石社区居委会' });
    expect(lanshi.slice(1, 3).map((r) => r.level)).toEqual(['grid', 'grid']);
    // 石湾镇街道 starts with 石湾; communities merely containing it come after.
    const shiwan = geo.search('石湾');
    expect(shiwan[0]?.code).toBe('440604010');
    expect(shiwan.length).toBeLessThanOrEqual(20);
  });

  it('finds names by substring, ignores surrounding spaces and caps the list at 20', () => {
    expect(geo.search('  街道 ').map((r) => r.code)).toEqual(['440604010', '440604011', '440604012']);
    expect(geo.search('网格')).toHaveLength(20);
    expect(geo.search('   ')).toEqual([]);
    expect(geo.search('不存在的地方')).toEqual([]);
  });
});
