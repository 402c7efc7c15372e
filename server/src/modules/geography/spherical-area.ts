import { type AreaGeometry, polygonsOf, type Ring } from './geo-types.ts';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Area of a ring on the sphere (the spherical-excess approximation also used by d3-geo and turf):
 * sign follows orientation, so we take the magnitude and subtract holes.
 */
function ringAreaKm2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += (x2 - x1) * RAD * (2 + Math.sin(y1 * RAD) + Math.sin(y2 * RAD));
  }
  return Math.abs((sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

export function areaKm2(geometry: AreaGeometry): number {
  let total = 0;
  for (const [shell, ...holes] of polygonsOf(geometry)) {
    total += shell ? ringAreaKm2(shell) : 0;
    for (const hole of holes) total -= ringAreaKm2(hole);
  }
  return total;
}
