import type { Queryable } from '../../db/client.ts';
import { searchAreas } from './geo-search.ts';
import {
  type AreaGeometry,
  type GeoAreaRow,
  type GeoLevel,
  type LocateResult,
  type Position,
  polygonsOf,
} from './geo-types.ts';
import { geographyErrors } from './geography.errors.ts';
import { selectGeoAreas } from './geography.repo.ts';
import { type BBox, bboxOf, pointInGeometry } from './planar.ts';
import { buildPointLocator, type PointLocator } from './point-locator.ts';
import type { Rng } from './prng.ts';

/** The district's areas in memory: point lookup, tree navigation, search and map layers. */
export interface GeoIndex {
  readonly districtCode: string;
  /** Every level containing the point, or null when it lies outside the district. */
  locate(lng: number, lat: number): LocateResult | null;
  area(code: string): GeoAreaRow | undefined;
  /** Direct children, codes ascending; empty for a leaf or an unknown code. */
  children(code: string): readonly GeoAreaRow[];
  /** All areas of one level, codes ascending. */
  atLevel(level: GeoLevel): readonly GeoAreaRow[];
  /** The area and its ancestors, district first; empty for an unknown code. */
  path(code: string): GeoAreaRow[];
  /** By code or name, ranked (see geo-search.ts); at most 20. */
  search(query: string): GeoAreaRow[];
  /** A uniformly random point inside the area, drawn with the caller's generator. */
  randomPointIn(code: string, rng: Rng): Position;
  /** The level as a serialized GeoJSON FeatureCollection (built once, then cached). */
  featureCollection(level: GeoLevel): string;
  /** Figures for the benchmark. */
  readonly locatorStats: PointLocator['stats'];
}

/** Reads the district's areas from geo_areas and builds the in-memory index (app.geo). */
export async function loadGeoIndex(db: Queryable, districtCode: string): Promise<GeoIndex> {
  const rows = await selectGeoAreas(db, districtCode);
  if (rows.length === 0)
    throw new Error(`geo_areas has no rows for district ${districtCode}; run seedGeography first.`);
  return buildGeoIndex(rows);
}

/** Builds the index from geo_areas rows of one district (every level, micro-grids included). */
export function buildGeoIndex(rows: readonly GeoAreaRow[]): GeoIndex {
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(sorted.map((r) => [r.code, r]));
  const childrenOf = new Map<string, GeoAreaRow[]>();
  const levels = new Map<GeoLevel, GeoAreaRow[]>();
  const append = <K>(map: Map<K, GeoAreaRow[]>, key: K, row: GeoAreaRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const row of sorted) {
    if (row.parent_code !== null) append(childrenOf, row.parent_code, row);
    append(levels, row.level, row);
  }
  const [district, ...others] = levels.get('district') ?? [];
  if (!district || others.length > 0) throw new Error('geo_areas must hold exactly one district row');

  const path = (code: string): GeoAreaRow[] => {
    const chain: GeoAreaRow[] = [];
    for (
      let row = byCode.get(code);
      row;
      row = row.parent_code === null ? undefined : byCode.get(row.parent_code)
    ) {
      chain.unshift(row);
    }
    return chain;
  };

  const leaves = levels.get('micro_grid') ?? [];
  const locator = buildPointLocator(leaves.map((r) => r.geometry));
  // One frozen answer per micro-grid, built once: a lookup then allocates nothing.
  const answers = leaves.map((leaf) => locateResult(path(leaf.code), leaf.code));

  const boxes = new Map<string, BBox>();
  const layers = new Map<GeoLevel, string>();
  return {
    districtCode: district.code,
    locate(lng, lat) {
      const leaf = locator.locate(lng, lat);
      return leaf < 0 ? null : answers[leaf]!;
    },
    area: (code) => byCode.get(code),
    children: (code) => childrenOf.get(code) ?? [],
    atLevel: (level) => levels.get(level) ?? [],
    path,
    search: (query) => searchAreas(sorted, query),
    randomPointIn(code, rng) {
      const row = byCode.get(code);
      if (!row) throw geographyErrors.areaNotFound({ code }, { field: 'code' });
      const box = boxes.get(code) ?? bboxOf(row.geometry);
      boxes.set(code, box);
      return randomPointInGeometry(row, box, rng);
    },
    featureCollection(level) {
      const layer = layers.get(level) ?? serializeLayer(levels.get(level) ?? []);
      layers.set(level, layer);
      return layer;
    },
    locatorStats: locator.stats,
  };
}

function locateResult(chain: GeoAreaRow[], leafCode: string): LocateResult {
  const at = (level: GeoLevel) => {
    const row = chain.find((r) => r.level === level);
    if (!row) throw new Error(`Micro-grid ${leafCode} has no ${level} among its ancestors`);
    return Object.freeze({ code: row.code, name: row.name });
  };
  return Object.freeze({
    district: at('district'),
    street: at('street'),
    community: at('community'),
    grid: at('grid'),
    microGrid: at('micro_grid'),
  });
}

/** Rejection sampling in the bounding box; uniform in degrees, which at district scale is uniform on the ground. */
function randomPointInGeometry(row: GeoAreaRow, [minX, minY, maxX, maxY]: BBox, rng: Rng): Position {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const x = minX + rng() * (maxX - minX);
    const y = minY + rng() * (maxY - minY);
    if (pointInGeometry(x, y, row.geometry)) return [x, y];
  }
  // Only a degenerate sliver could get here; its label point is still inside.
  return [row.center_lng, row.center_lat];
}

/** RFC 7946 §11.2: six decimals (about 10 cm) is ample for display and keeps the layer small. */
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function roundGeometry(geometry: AreaGeometry): AreaGeometry {
  const polygons = polygonsOf(geometry).map((polygon) =>
    polygon.map((ring) => ring.map(([x, y]): Position => [round6(x), round6(y)])),
  );
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function serializeLayer(rows: readonly GeoAreaRow[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      properties: {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
        derived: r.derived,
        source: r.source,
      },
      geometry: roundGeometry(r.geometry),
    })),
  });
}
