import { type AreaGeometry, polygonsOf } from './geo-types.ts';

/** Finds which of a set of non-overlapping polygons holds a point. */
export interface PointLocator {
  /** Index (into the geometries it was built from) of the polygon containing the point, or -1. */
  locate(x: number, y: number): number;
  readonly stats: { columns: number; rows: number; mixedCells: number; candidates: number; bytes: number };
}

const OUTSIDE = -1;
/** Enough cells that most lie wholly inside one polygon and the rest hold two or three candidates. */
const CELLS_PER_POLYGON = 64;

/**
 * A uniform grid of cells over the bounding box. A cell that no polygon edge touches lies wholly inside
 * one polygon (or outside all), and the answer is stored in the cell; a cell that edges cross keeps the
 * short list of polygons they belong to, which are ray-cast in turn. Most points cost one array read.
 */
export function buildPointLocator(geometries: readonly AreaGeometry[]): PointLocator {
  const { edges, edgeStart } = flattenEdges(geometries);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let e = 0; e < edges.length; e += 2) {
    if (Number.isNaN(edges[e]!)) continue;
    minX = Math.min(minX, edges[e]!);
    maxX = Math.max(maxX, edges[e]!);
    minY = Math.min(minY, edges[e + 1]!);
    maxY = Math.max(maxY, edges[e + 1]!);
  }
  // Square cells on the ground: a degree of longitude is shorter than one of latitude by cos(lat).
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const aspect = ((maxX - minX) * kx) / (maxY - minY || 1);
  const target = Math.max(1, geometries.length * CELLS_PER_POLYGON);
  const columns = Math.max(1, Math.ceil(Math.sqrt(target * aspect)));
  const rows = Math.max(1, Math.ceil(target / columns));
  const invW = columns / (maxX - minX || 1);
  const invH = rows / (maxY - minY || 1);

  const touching = cellsTouchedByEdges(geometries.length, edges, edgeStart, {
    minX,
    minY,
    columns,
    rows,
    invW,
    invH,
  });
  const cells = new Int32Array(columns * rows);
  // Mixed cells are numbered in reading order; their candidate lists are kept compact (CSR layout).
  const candidateStart: number[] = [0];
  const candidateIds: number[] = [];
  const containing = (x: number, y: number, mixed: number) => {
    for (let i = candidateStart[mixed]!; i < candidateStart[mixed + 1]!; i++) {
      if (insidePolygon(edges, edgeStart, candidateIds[i]!, x, y)) return candidateIds[i]!;
    }
    return OUTSIDE;
  };
  for (let row = 0; row < rows; row++) {
    // An untouched cell has no edge between it and the last touched cell to its left, so its owner is
    // whichever of that cell's candidates holds its centre (or none, when nothing lies to its left).
    let lastMixed = -1;
    let runOwner: number | null = null;
    for (let column = 0; column < columns; column++) {
      const cell = row * columns + column;
      const polygons = touching.get(cell);
      if (polygons) {
        lastMixed = candidateStart.length - 1;
        candidateIds.push(...polygons);
        candidateStart.push(candidateIds.length);
        cells[cell] = -2 - lastMixed;
        runOwner = null;
        continue;
      }
      if (runOwner === null) {
        const x = minX + (column + 0.5) / invW;
        const y = minY + (row + 0.5) / invH;
        runOwner = lastMixed < 0 ? OUTSIDE : containing(x, y, lastMixed);
      }
      cells[cell] = runOwner;
    }
  }
  const starts = Int32Array.from(candidateStart);
  const ids = Int32Array.from(candidateIds);

  return {
    locate(x: number, y: number): number {
      // Negated comparisons also send NaN to OUTSIDE.
      if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return OUTSIDE;
      const column = Math.min(columns - 1, ((x - minX) * invW) | 0);
      const row = Math.min(rows - 1, ((y - minY) * invH) | 0);
      const value = cells[row * columns + column]!;
      if (value >= OUTSIDE) return value;
      const mixed = -2 - value;
      for (let i = starts[mixed]!; i < starts[mixed + 1]!; i++) {
        if (insidePolygon(edges, edgeStart, ids[i]!, x, y)) return ids[i]!;
      }
      return OUTSIDE;
    },
    stats: {
      columns,
      rows,
      mixedCells: starts.length - 1,
      candidates: ids.length,
      bytes: cells.byteLength + starts.byteLength + ids.byteLength + edges.byteLength + edgeStart.byteLength,
    },
  };
}

/**
 * The rings of each polygon as one run of vertices [x, y, x, y, …], every ring closed and followed by a
 * NaN pair that keeps the last vertex of one ring from joining the first of the next.
 */
function flattenEdges(geometries: readonly AreaGeometry[]): { edges: Float64Array; edgeStart: Int32Array } {
  const coordinates: number[] = [];
  const edgeStart = new Int32Array(geometries.length + 1);
  geometries.forEach((geometry, p) => {
    edgeStart[p] = coordinates.length;
    for (const ring of polygonsOf(geometry).flat()) {
      const closed = ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];
      for (const [x, y] of ring) coordinates.push(x, y);
      if (!closed) coordinates.push(ring[0]![0], ring[0]![1]);
      coordinates.push(Number.NaN, Number.NaN);
    }
  });
  edgeStart[geometries.length] = coordinates.length;
  return { edges: Float64Array.from(coordinates), edgeStart };
}

/**
 * Even-odd ray cast over every ring of polygon p (for valid polygons, holes and parts then take care of
 * themselves). A NaN vertex breaks the chain between rings: comparisons with NaN are false, so the
 * segments into and out of it never count as crossings.
 */
function insidePolygon(edges: Float64Array, edgeStart: Int32Array, p: number, x: number, y: number): boolean {
  let inside = false;
  const end = edgeStart[p + 1]!;
  let xj = edges[edgeStart[p]!]!;
  let yj = edges[edgeStart[p]! + 1]!;
  for (let e = edgeStart[p]! + 2; e < end; e += 2) {
    const xi = edges[e]!;
    const yi = edges[e + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    xj = xi;
    yj = yi;
  }
  return inside;
}

interface GridShape {
  minX: number;
  minY: number;
  columns: number;
  rows: number;
  invW: number;
  invH: number;
}

/** For every cell any edge passes through (conservatively, with a hair of margin), the polygons whose edges do. */
function cellsTouchedByEdges(
  polygonCount: number,
  edges: Float64Array,
  edgeStart: Int32Array,
  grid: GridShape,
): Map<number, number[]> {
  const touching = new Map<number, number[]>();
  const margin = 1e-9;
  const clampColumn = (c: number) => Math.max(0, Math.min(grid.columns - 1, Math.floor(c)));
  const clampRow = (r: number) => Math.max(0, Math.min(grid.rows - 1, Math.floor(r)));
  for (let p = 0; p < polygonCount; p++) {
    for (let e = edgeStart[p]!; e + 3 < edgeStart[p + 1]!; e += 2) {
      const [x1, y1, x2, y2] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!];
      if (Number.isNaN(x1) || Number.isNaN(x2)) continue;
      // In cell units, so that the margin is relative to the cell size.
      const [u1, v1] = [(x1 - grid.minX) * grid.invW, (y1 - grid.minY) * grid.invH];
      const [u2, v2] = [(x2 - grid.minX) * grid.invW, (y2 - grid.minY) * grid.invH];
      const [vLow, vHigh] = [Math.min(v1, v2), Math.max(v1, v2)];
      for (let row = clampRow(vLow - margin); row <= clampRow(vHigh + margin); row++) {
        // The stretch of the edge within this row's band.
        const a = Math.max(vLow, row);
        const b = Math.min(vHigh, row + 1);
        const ua = v1 === v2 ? u1 : u1 + ((u2 - u1) * (a - v1)) / (v2 - v1);
        const ub = v1 === v2 ? u2 : u1 + ((u2 - u1) * (b - v1)) / (v2 - v1);
        const first = clampColumn(Math.min(ua, ub) - margin);
        const last = clampColumn(Math.max(ua, ub) + margin);
        for (let column = first; column <= last; column++) {
          const cell = row * grid.columns + column;
          const list = touching.get(cell);
          if (!list) touching.set(cell, [p]);
          else if (list.at(-1) !== p) list.push(p);
        }
      }
    }
  }
  return touching;
}
