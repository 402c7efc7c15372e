import { type AreaGeometry, polygonsOf, type Ring } from './geo-types.ts';

/** [minLng, minLat, maxLng, maxLat] */
export type BBox = [number, number, number, number];

export function bboxOf(geometry: AreaGeometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Even-odd ray cast towards +x. Points exactly on an edge may fall either way (measure zero). */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * For a valid (Multi)Polygon, parts do not overlap and holes lie inside their shell, so the parity of
 * crossings summed over every ring says inside or outside.
 */
export function pointInGeometry(x: number, y: number, geometry: AreaGeometry): boolean {
  let inside = false;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) if (pointInRing(x, y, ring)) inside = !inside;
  }
  return inside;
}
