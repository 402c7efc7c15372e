import polygonClipping from 'polygon-clipping';
import { type AreaGeometry, geometryFromPolygons, polygonsOf, type Ring } from './geo-types.ts';
import { pointInGeometry } from './planar.ts';
import type { SampleLattice } from './sample-lattice.ts';
import { areaKm2 } from './spherical-area.ts';

/** Vertices closer than this (degrees, ≈ 0.1 mm) are the same vertex computed twice. */
const SAME_VERTEX_DEG = 1e-9;

interface Piece {
  geometry: AreaGeometry;
  members: Int32Array;
}

/** How many vertices two geometries have in common: two or more means they share an edge. */
export function sharedVertexCount(a: AreaGeometry, b: AreaGeometry): number {
  const bVertices = polygonsOf(b).flat(2);
  let shared = 0;
  for (const [x, y] of polygonsOf(a).flat(2)) {
    if (bVertices.some(([u, v]) => Math.abs(u - x) < SAME_VERTEX_DEG && Math.abs(v - y) < SAME_VERTEX_DEG))
      shared++;
  }
  return shared;
}

/**
 * A Voronoi cell clipped by a bent outline can come out in several parts, e.g. one on each bank of an
 * inlet. An area in two places is not how districts are drawn, so each piece keeps its largest part and
 * hands every other part, with the lattice points in it, to the neighbour it shares the most edge with.
 * Mutates and returns `pieces`.
 */
export function mergeDetachedParts<T extends Piece>(pieces: T[], lattice: SampleLattice): T[] {
  pieces.forEach((piece, own) => {
    const parts = polygonsOf(piece.geometry);
    if (parts.length < 2) return;
    const bySize = [...parts].sort((a, b) => partKm2(b) - partKm2(a));
    const kept: Ring[][] = [bySize[0]!];
    for (const part of bySize.slice(1)) {
      const orphan: AreaGeometry = { type: 'Polygon', coordinates: part };
      const receiver = pieces
        .map((other, index) => ({
          other,
          index,
          shared: index === own ? 0 : sharedVertexCount(orphan, other.geometry),
        }))
        .filter((c) => c.shared >= 2)
        .sort((a, b) => b.shared - a.shared)
        .find((c) => absorbs(c.other, orphan));
      if (!receiver) {
        kept.push(part);
        continue;
      }
      const moving = piece.members.filter((p) =>
        pointInGeometry(lattice.x[p]! / lattice.kx, lattice.y[p]!, orphan),
      );
      const moved = new Set(moving);
      receiver.other.members = Int32Array.from([...receiver.other.members, ...moving]);
      piece.members = piece.members.filter((p) => !moved.has(p));
    }
    piece.geometry = geometryFromPolygons(kept);
  });
  return pieces;
}

const partKm2 = (polygon: Ring[]) => areaKm2({ type: 'Polygon', coordinates: polygon });

/** Unites the orphan with the piece if that leaves the piece in no more parts than it had. */
function absorbs(piece: Piece, orphan: AreaGeometry): boolean {
  const before = polygonsOf(piece.geometry);
  const united = polygonClipping.union(before, polygonsOf(orphan)) as Ring[][];
  if (united.length > before.length) return false;
  piece.geometry = geometryFromPolygons(united);
  return true;
}
