import type { FeatureCollection } from '../../api/types.ts';

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

type Geometry = FeatureCollection['features'][number]['geometry'];

function extend(box: Box | null, lng: number, lat: number): Box {
  if (!box) return { minLng: lng, minLat: lat, maxLng: lng, maxLat: lat };
  return {
    minLng: Math.min(box.minLng, lng),
    minLat: Math.min(box.minLat, lat),
    maxLng: Math.max(box.maxLng, lng),
    maxLat: Math.max(box.maxLat, lat),
  };
}

/** The bounding box of a Polygon or MultiPolygon (walks the nested coordinate arrays). */
export function boxOf(geometry: Geometry): Box | null {
  let box: Box | null = null;
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      box = extend(box, value[0], value[1]);
      return;
    }
    for (const item of value) walk(item);
  };
  walk(geometry.coordinates);
  return box;
}

export function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return extend(extend(a, b.minLng, b.minLat), b.maxLng, b.maxLat);
}

/**
 * The zoom at which `part` fills about half of the view, given that zoom 1 shows all of `whole`.
 * Clamped so a tiny micro-grid does not zoom in absurdly.
 */
export function zoomToFit(whole: Box, part: Box, fill = 0.5): number {
  const width = Math.max(part.maxLng - part.minLng, 1e-6);
  const height = Math.max(part.maxLat - part.minLat, 1e-6);
  const ratio = Math.min((whole.maxLng - whole.minLng) / width, (whole.maxLat - whole.minLat) / height);
  return Math.min(Math.max(ratio * fill, 1), 60);
}
