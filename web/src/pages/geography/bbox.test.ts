import { describe, expect, it } from 'vitest';
import { boxOf, union, zoomToFit } from './bbox.ts';

const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe('bounding boxes', () => {
  it('covers polygons and multipolygons', () => {
    expect(boxOf(square(113, 23, 0.1))).toEqual({ minLng: 113, minLat: 23, maxLng: 113.1, maxLat: 23.1 });
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [square(1, 1, 1).coordinates, square(5, 5, 1).coordinates],
    };
    expect(boxOf(multi)).toEqual({ minLng: 1, minLat: 1, maxLng: 6, maxLat: 6 });
    expect(union(null, boxOf(square(0, 0, 1)))).toEqual({ minLng: 0, minLat: 0, maxLng: 1, maxLat: 1 });
  });

  it('zooms so a small area fills about half the view, within limits', () => {
    const whole = boxOf(square(0, 0, 10))!;
    expect(zoomToFit(whole, boxOf(square(0, 0, 1))!)).toBeCloseTo(5);
    expect(zoomToFit(whole, whole)).toBe(1);
    expect(zoomToFit(whole, boxOf(square(0, 0, 0.0001))!)).toBe(60);
  });
});
