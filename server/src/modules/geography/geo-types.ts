/**
 * Shapes shared by the geography module: levels, codes, GeoJSON geometry and the geo_areas row
 * (see db/migrations/0001_foundation.sql). Rows keep the table's snake_case column names so that
 * they move between SQL and memory without a mapping layer.
 */

/** The four-level governance hierarchy of BRIEF §1.2, plus the micro-grids grids are split into. */
import { GEO_LEVELS } from '@yimen/shared/geography';

export { GEO_LEVELS };
export type GeoLevel = (typeof GEO_LEVELS)[number];

/** Digits of a code at each level: 6 district + 3 street + 3 community + 3 grid + 2 micro-grid. */
export const CODE_LENGTH: Record<GeoLevel, number> = {
  district: 6,
  street: 9,
  community: 12,
  grid: 15,
  micro_grid: 17,
};

export const isGeoLevel = (value: string): value is GeoLevel =>
  (GEO_LEVELS as readonly string[]).includes(value);

/** The level a well-formed code belongs to, or null when the code is not one of ours. */
export function levelOfCode(code: string): GeoLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return GEO_LEVELS.find((level) => CODE_LENGTH[level] === code.length) ?? null;
}

/** [longitude, latitude] in WGS84 degrees, as GeoJSON orders them. */
export type Position = [number, number];
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** One row of geo_areas. */
export interface GeoAreaRow {
  code: string;
  level: GeoLevel;
  name: string;
  parent_code: string | null;
  district_code: string;
  /** True when the geometry was computed by derive.ts rather than surveyed. */
  derived: boolean;
  /** Where the name and the geometry came from, in words a reader can check. */
  source: string;
  geometry: AreaGeometry;
  center_lng: number;
  center_lat: number;
  area_km2: number;
}

export interface AreaRef {
  code: string;
  name: string;
}

/** Every level that contains a point, from the district down to the micro-grid. */
export interface LocateResult {
  district: AreaRef;
  street: AreaRef;
  community: AreaRef;
  grid: AreaRef;
  microGrid: AreaRef;
}

/** The polygons of a geometry, whatever its type. */
export const polygonsOf = (geometry: AreaGeometry): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Wraps clipping output as the simplest GeoJSON type that holds it. */
export function geometryFromPolygons(polygons: Ring[][]): AreaGeometry {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}
