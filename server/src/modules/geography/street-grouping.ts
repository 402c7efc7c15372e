import { sharedVertexCount } from './detached-parts.ts';
import type { Position } from './geo-types.ts';
import { bboxOf, pointInGeometry } from './planar.ts';
import { assignWithQuotas } from './quota-assignment.ts';
import type { SplitPiece } from './voronoi-split.ts';

/**
 * Groups community pieces into streets: street g gets exactly quotas[g] pieces gathered around its anchor
 * (lng/lat). Distance is measured along the pieces' adjacency graph rather than straight, so a street
 * does not jump across an inlet of the outline to claim cells its land does not reach.
 * Returns the street index of each piece.
 */
export function groupIntoStreets(pieces: SplitPiece[], anchors: Position[], quotas: number[]): Int32Array {
  const neighbours = adjacency(pieces);
  const distances = anchors.map(([lng, lat]) => {
    const start = pieces.findIndex((p) => pointInGeometry(lng, lat, p.geometry));
    if (start < 0) throw new Error(`Street anchor ${lng},${lat} lies outside the district`);
    return graphDistances(pieces, neighbours, start);
  });
  // Squared, as in a power diagram: the optimum then keeps each street compact.
  return assignWithQuotas(pieces.length, quotas, (piece, street) => distances[street]![piece]! ** 2);
}

/** Pieces that share an edge (touching at a corner does not count). */
function adjacency(pieces: SplitPiece[]): number[][] {
  const boxes = pieces.map((p) => bboxOf(p.geometry));
  const neighbours: number[][] = pieces.map(() => []);
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
      if (sharedVertexCount(pieces[i]!.geometry, pieces[j]!.geometry) < 2) continue;
      neighbours[i]!.push(j);
      neighbours[j]!.push(i);
    }
  }
  return neighbours;
}

/** Dijkstra over site-to-site steps; a graph of 147 nodes needs no priority queue. */
function graphDistances(pieces: SplitPiece[], neighbours: number[][], start: number): Float64Array {
  const distance = new Float64Array(pieces.length).fill(Infinity);
  const done = new Uint8Array(pieces.length);
  distance[start] = 0;
  for (;;) {
    let current = -1;
    for (let i = 0; i < pieces.length; i++) {
      if (!done[i] && distance[i]! < Infinity && (current < 0 || distance[i]! < distance[current]!))
        current = i;
    }
    if (current < 0) return distance;
    done[current] = 1;
    const from = pieces[current]!;
    for (const next of neighbours[current]!) {
      const to = pieces[next]!;
      const step = distance[current]! + Math.hypot(to.x - from.x, to.y - from.y);
      if (step < distance[next]!) distance[next] = step;
    }
  }
}
