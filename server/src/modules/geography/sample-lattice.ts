import { type AreaGeometry, polygonsOf } from './geo-types.ts';
import { bboxOf } from './planar.ts';

/**
 * Points of a square lattice inside the district, in a local plane where x = lng·kx and y = lat, so that
 * one unit east is as long as one unit north (kx = cos of the district's latitude). Each point carries a
 * weight (a stand-in for population density) and stands for the small square around it, which makes
 * weighted sums over the points approximate integrals over the area.
 */
export interface SampleLattice {
  kx: number;
  x: Float64Array;
  y: Float64Array;
  weight: Float64Array;
  count: number;
}

/** Lattice points inside the geometry, `spacing` degrees of latitude apart, found row by row (scanline). */
export function latticeInside(
  geometry: AreaGeometry,
  spacing: number,
  kx: number,
  density: (lng: number, lat: number) => number,
): SampleLattice {
  const [minX, minY, maxX, maxY] = bboxOf(geometry);
  const stepLng = spacing / kx;
  const xs: number[] = [];
  const ys: number[] = [];
  const weights: number[] = [];
  const rings = polygonsOf(geometry).flat();
  for (let lat = minY + spacing / 2; lat < maxY; lat += spacing) {
    const crossings = rowCrossings(rings, lat);
    let next = 0;
    let inside = false;
    for (let lng = minX + stepLng / 2; lng < maxX; lng += stepLng) {
      while (next < crossings.length && crossings[next]! <= lng) {
        inside = !inside;
        next++;
      }
      if (!inside) continue;
      xs.push(lng * kx);
      ys.push(lat);
      weights.push(density(lng, lat));
    }
  }
  return {
    kx,
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    weight: Float64Array.from(weights),
    count: xs.length,
  };
}

/** Longitudes where the horizontal line at `lat` crosses the outline, ascending. */
function rowCrossings(rings: [number, number][][], lat: number): number[] {
  const out: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat) out.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  return out.sort((a, b) => a - b);
}
