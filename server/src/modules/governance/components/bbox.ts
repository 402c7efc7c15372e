import { badRequest, bilingual } from '../../../errors.ts';
import type { BBox } from '../../geography/planar.ts';

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads "minLng,minLat,maxLng,maxLat" (WGS84 degrees, the order of GeoJSON and OGC APIs). Each problem is a
 * 400 naming the field and what to send instead.
 */
export function parseBBox(text: string, field = 'bbox'): BBox {
  const parts = text.split(',');
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) {
    throw badRequest(
      bilingual(
        `${field} 应为 "最小经度,最小纬度,最大经度,最大纬度" 四个数字`,
        `${field} must be four numbers "minLng,minLat,maxLng,maxLat", got "${text}".`,
      ),
      field,
    );
  }
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number) as BBox;
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    throw badRequest(
      bilingual(
        `${field} 超出经纬度范围`,
        `${field} must lie within longitudes -180..180 and latitudes -90..90.`,
      ),
      field,
    );
  }
  if (!(minLng < maxLng && minLat < maxLat)) {
    throw badRequest(
      bilingual(
        `${field} 的最小值须小于最大值`,
        `${field} must list the south-west corner first: minLng < maxLng and minLat < maxLat.`,
      ),
      field,
    );
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
    throw badRequest(
      bilingual(
        `${field} 范围大于全区，请放大地图或按网格查询`,
        `${field} spans ${deg(width)}° × ${deg(height)}°, more than the district (${deg(maxWidth)}° × ${deg(maxHeight)}°); zoom in or ask by grid.`,
      ),
      field,
    );
  }
}
