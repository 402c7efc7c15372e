import { type AreaGeometry, type Position, polygonsOf, type Ring } from './geo-types.ts';
import { pointInRing } from './planar.ts';

/**
 * A label point inside an area: the pole of inaccessibility (the interior point farthest from the outline),
 * found by quad-tree search in the manner of Mapbox's "polylabel". A centroid can fall outside a bent
 * shape; a map label or a "centre" pin must not.
 */
export function interiorPoint(geometry: AreaGeometry): Position {
  const polygon = largestPolygon(polygonsOf(geometry));
  const first = polygon[0]?.[0];
  if (!first) throw new Error('interiorPoint: empty geometry');
  // Work in a plane where one unit east equals one unit north, so distances are not stretched.
  const k = Math.cos((first[1] * Math.PI) / 180);
  const rings = polygon.map((ring) => ring.map(([x, y]): Position => [x * k, y]));
  const [minX, minY, maxX, maxY] = extent(rings[0]!);
  const cellSize = Math.min(maxX - minX, maxY - minY);
  if (cellSize === 0) return first;
  const precision = Math.max(maxX - minX, maxY - minY) / 100;

  const queue = new MaxHeap();
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize)
      queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2, rings));
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const h = cell.half / 2;
    for (const [dx, dy] of [
      [-h, -h],
      [h, -h],
      [-h, h],
      [h, h],
    ] as const) {
      queue.push(makeCell(cell.x + dx, cell.y + dy, h, rings));
    }
  }
  return [best.x / k, best.y];
}

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the centre to the outline: positive inside. */
  distance: number;
  /** The best distance any point of this cell could reach. */
  potential: number;
}

function makeCell(x: number, y: number, half: number, rings: Ring[]): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

function signedDistance(x: number, y: number, rings: Ring[]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    if (pointInRing(x, y, ring)) inside = !inside;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      minSq = Math.min(minSq, segmentDistanceSq(x, y, ring[j]!, ring[i]!));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

function extent(ring: Ring): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** The part with the largest bounding box (a cheap stand-in for area): labels go on the main body. */
function largestPolygon(polygons: Ring[][]): Ring[] {
  let best: Ring[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const [minX, minY, maxX, maxY] = extent(polygon[0] ?? []);
    const boxArea = (maxX - minX) * (maxY - minY);
    if (boxArea > bestArea) [best, bestArea] = [polygon, boxArea];
  }
  return best;
}

/** Binary max-heap on Cell.potential. */
class MaxHeap {
  private readonly items: Cell[] = [];

  push(cell: Cell): void {
    const items = this.items;
    items.push(cell);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]!.potential >= cell.potential) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = cell;
  }

  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let child = left;
      if (right < items.length && items[right]!.potential > items[left]!.potential) child = right;
      if (child >= items.length || items[child]!.potential <= last.potential) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
