import { describe, expect, it } from 'vitest';
import type { AreaGeometry, Position } from './geo-types.ts';
import { interiorPoint } from './interior-point.ts';
import { pointInGeometry } from './planar.ts';
import { mulberry32 } from './prng.ts';
import { assignWithQuotas } from './quota-assignment.ts';
import { areaKm2 } from './spherical-area.ts';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('areaKm2', () => {
  it('measures a one-degree square at the equator (≈ 12 364 km²) and subtracts holes', () => {
    expect(areaKm2({ type: 'Polygon', coordinates: [square(0, 0, 1)] })).toBeCloseTo(12_364, -1);
    const holed: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 1), square(0.25, 0.25, 0.5)] };
    expect(areaKm2(holed)).toBeCloseTo(12_364 * 0.75, -1);
  });
});

describe('interiorPoint', () => {
  it('lands inside a U shape, whose centroid lies outside', () => {
    const u: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [x, y] = interiorPoint(u);
    expect(pointInGeometry(x, y, u)).toBe(true);
    expect(pointInGeometry(1.5, 1.5, u)).toBe(false);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const v = a();
      expect(v).toBe(b());
      expect(v >= 0 && v < 1).toBe(true);
    }
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
});

describe('assignWithQuotas', () => {
  it('meets the quotas at the least total cost (checked against brute force)', () => {
    const rng = mulberry32(5);
    const costs = Array.from({ length: 6 }, () => [rng(), rng(), rng()]);
    const quotas = [3, 2, 1];
    const groupOf = assignWithQuotas(6, quotas, (site, group) => costs[site]![group]!);
    expect([0, 1, 2].map((g) => groupOf.filter((x) => x === g).length)).toEqual(quotas);
    let best = Infinity;
    const search = (site: number, left: number[], total: number) => {
      if (site === 6) best = Math.min(best, total);
      left.forEach((n, g) => {
        if (n > 0)
          search(
            site + 1,
            left.map((m, h) => (h === g ? m - 1 : m)),
            total + costs[site]![g]!,
          );
      });
    };
    search(0, quotas, 0);
    const total = [...groupOf].reduce((sum, g, site) => sum + costs[site]![g]!, 0);
    expect(total).toBeCloseTo(best, 12);
  });
});
