import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import { mergeDetachedParts } from './detached-parts.ts';
import { type AreaGeometry, geometryFromPolygons, polygonsOf, type Ring } from './geo-types.ts';
import { bboxOf } from './planar.ts';
import type { Rng } from './prng.ts';
import type { SampleLattice } from './sample-lattice.ts';

/**
 * Places k sites over a set of lattice points by weighted Lloyd relaxation (k-means), so each site ends up
 * at the weighted centre of the points nearest to it: the cells of a centroidal Voronoi tessellation are
 * compact and hold similar weight. Returns plane coordinates [x0, y0, x1, y1, …].
 */
export function relaxSites(
  lattice: SampleLattice,
  members: Int32Array,
  k: number,
  rng: Rng,
  iterations: number,
): Float64Array {
  const sites = seedSites(lattice, members, k, rng);
  const sumX = new Float64Array(k);
  const sumY = new Float64Array(k);
  const sumW = new Float64Array(k);
  for (let round = 0; round < iterations; round++) {
    const labels = nearestSites(lattice, members, sites);
    sumX.fill(0);
    sumY.fill(0);
    sumW.fill(0);
    for (let m = 0; m < members.length; m++) {
      const p = members[m]!;
      const s = labels[m]!;
      const w = lattice.weight[p]!;
      sumX[s]! += w * lattice.x[p]!;
      sumY[s]! += w * lattice.y[p]!;
      sumW[s]! += w;
    }
    // A site that lost every point keeps its place; k-means++ seeding makes that rare.
    for (let s = 0; s < k; s++) {
      if (sumW[s]! <= 0) continue;
      sites[2 * s] = sumX[s]! / sumW[s]!;
      sites[2 * s + 1] = sumY[s]! / sumW[s]!;
    }
  }
  return sites;
}

/** k-means++: each next site is drawn with probability ∝ weight × squared distance to the nearest chosen one. */
function seedSites(lattice: SampleLattice, members: Int32Array, k: number, rng: Rng): Float64Array {
  if (members.length < k) throw new Error(`Cannot place ${k} sites on ${members.length} lattice points`);
  const sites = new Float64Array(2 * k);
  const nearestSq = new Float64Array(members.length).fill(Infinity);
  for (let s = 0; s < k; s++) {
    // The first site has no distance to weigh by, only the weight.
    const chance = (m: number) => lattice.weight[members[m]!]! * (s === 0 ? 1 : nearestSq[m]!);
    let total = 0;
    for (let m = 0; m < members.length; m++) total += chance(m);
    let target = rng() * total;
    let chosen = members.length - 1;
    for (let m = 0; m < members.length; m++) {
      target -= chance(m);
      if (target <= 0) {
        chosen = m;
        break;
      }
    }
    const p = members[chosen]!;
    sites[2 * s] = lattice.x[p]!;
    sites[2 * s + 1] = lattice.y[p]!;
    for (let m = 0; m < members.length; m++) {
      const q = members[m]!;
      const dx = lattice.x[q]! - lattice.x[p]!;
      const dy = lattice.y[q]! - lattice.y[p]!;
      nearestSq[m] = Math.min(nearestSq[m]!, dx * dx + dy * dy);
    }
  }
  return sites;
}

/** For each member point, the index of its nearest site (Delaunay walk for many sites, a scan for few). */
export function nearestSites(lattice: SampleLattice, members: Int32Array, sites: Float64Array): Int32Array {
  const k = sites.length / 2;
  const labels = new Int32Array(members.length);
  if (k > 12) {
    const delaunay = new Delaunay(sites);
    let hint = 0;
    for (let m = 0; m < members.length; m++) {
      const p = members[m]!;
      // Lattice points come row by row, so the previous answer is a short walk from the next one.
      hint = delaunay.find(lattice.x[p]!, lattice.y[p]!, hint);
      labels[m] = hint;
    }
    return labels;
  }
  for (let m = 0; m < members.length; m++) {
    const p = members[m]!;
    let best = 0;
    let bestSq = Infinity;
    for (let s = 0; s < k; s++) {
      const dx = lattice.x[p]! - sites[2 * s]!;
      const dy = lattice.y[p]! - sites[2 * s + 1]!;
      const dSq = dx * dx + dy * dy;
      if (dSq < bestSq) [best, bestSq] = [s, dSq];
    }
    labels[m] = best;
  }
  return labels;
}

/**
 * The Voronoi cell of each site (computed in the plane, mapped back to lng/lat) intersected with the
 * parent: the pieces partition the parent up to floating-point noise. Returns polygons per site.
 */
export function clipVoronoi(sites: Float64Array, kx: number, parent: AreaGeometry): Ring[][][] {
  const k = sites.length / 2;
  const parentPolygons = polygonsOf(parent);
  if (k === 1) return [parentPolygons];
  const [minX, minY, maxX, maxY] = bboxOf(parent);
  const margin = Math.max(maxX - minX, maxY - minY);
  const voronoi = new Delaunay(sites).voronoi([
    (minX - margin) * kx,
    minY - margin,
    (maxX + margin) * kx,
    maxY + margin,
  ]);
  const pieces: Ring[][][] = [];
  for (let s = 0; s < k; s++) {
    const cell = voronoi.cellPolygon(s);
    if (!cell) throw new Error(`Voronoi site ${s} has no cell (duplicate site?)`);
    const ring: Ring = cell.map(([x, y]) => [x / kx, y]);
    pieces.push(polygonClipping.intersection([ring], parentPolygons) as Ring[][]);
  }
  return pieces;
}

export interface SplitPiece {
  geometry: AreaGeometry;
  /** The lattice points that fall in this piece, to split it further. */
  members: Int32Array;
  /** The site, in the plane. */
  x: number;
  y: number;
}

/** The clipped Voronoi cell of each site, with the member points nearest to it. Throws on an empty piece. */
export function piecesFromSites(
  lattice: SampleLattice,
  members: Int32Array,
  sites: Float64Array,
  labels: Int32Array,
  parent: AreaGeometry,
): SplitPiece[] {
  const memberLists: number[][] = Array.from({ length: sites.length / 2 }, () => []);
  labels.forEach((label, m) => {
    memberLists[label]!.push(members[m]!);
  });
  const pieces = clipVoronoi(sites, lattice.kx, parent).map((parts, s): SplitPiece => {
    if (parts.length === 0) throw new Error(`Derived piece ${s} of ${sites.length / 2} is empty`);
    return {
      geometry: geometryFromPolygons(parts),
      members: Int32Array.from(memberLists[s]!),
      x: sites[2 * s]!,
      y: sites[2 * s + 1]!,
    };
  });
  return mergeDetachedParts(pieces, lattice);
}

/**
 * Splits an area into k compact pieces of similar weight, ordered north to south (so that "第1网格" is
 * the northernmost).
 */
export function splitArea(
  lattice: SampleLattice,
  members: Int32Array,
  geometry: AreaGeometry,
  k: number,
  rng: Rng,
  iterations = 12,
): SplitPiece[] {
  const sites = relaxSites(lattice, members, k, rng, iterations);
  const labels = nearestSites(lattice, members, sites);
  return piecesFromSites(lattice, members, sites, labels, geometry).sort((a, b) => b.y - a.y || a.x - b.x);
}
