import type { BBox } from '../../geography/planar.ts';
import { componentErrors } from './components.errors.ts';

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads "minLng,minLat,maxLng,maxLat" (WGS84 degrees, the order of GeoJSON and OGC APIs). Each problem is a
 * 400 naming the field and what to send instead.
 */
export function parseBBox(text: string, field = 'bbox'): BBox {
  const parts = text.split(',');
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) {
    throw componentErrors.bboxNotFourNumbers({ field, text }, { field });
  }
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number) as BBox;
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    throw componentErrors.bboxOutOfRange({ field }, { field });
  }
  if (!(minLng < maxLng && minLat < maxLat)) {
    throw componentErrors.bboxCornersSwapped({ field }, { field });
  }
  return [minLng, minLat, maxLng, maxLat];
}

/** Refuses a box wider or taller than the district: at that zoom a map shows grids, not single components. */
export function requireWithinExtent(box: BBox, extent: BBox, field = 'bbox'): void {
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  const maxWidth = extent[2] - extent[0];
  const maxHeight = extent[3] - extent[1];
  // A hair of tolerance, so that the district's own extent, printed and parsed back, still passes.
  if (width > maxWidth + 1e-9 || height > maxHeight + 1e-9) {
    const deg = (x: number) => x.toFixed(4);
    throw componentErrors.bboxTooLarge(
      { field, width: deg(width), height: deg(height), maxWidth: deg(maxWidth), maxHeight: deg(maxHeight) },
      { field },
    );
  }
}
