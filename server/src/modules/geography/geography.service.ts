import type {
  AreaDetail,
  AreaList,
  AreaListQuery,
  LocateQuery,
  LocateResponse,
  SearchResult,
} from '@yimen/shared/geography';
import { ROLES } from '@yimen/shared/roles';
import { authorize, type RequestContext } from '../identity/actor.ts';
import type { GeoIndex } from './geo-index.ts';
import { type GeoAreaRow, type GeoLevel, levelOfCode } from './geo-types.ts';
import { geographyErrors } from './geography.errors.ts';

/** Reading the map is open to every signed-in user, citizens included: geography is not personal data. */
const readers = { roles: ROLES };

export function locatePoint(ctx: RequestContext, geo: GeoIndex, { lng, lat }: LocateQuery): LocateResponse {
  authorize(ctx, readers);
  if (!(lng >= -180 && lng <= 180)) throw geographyErrors.longitudeOutOfRange();
  if (!(lat >= -90 && lat <= 90)) throw geographyErrors.latitudeOutOfRange();
  const found = geo.locate(lng, lat);
  if (!found) {
    const district = geo.area(geo.districtCode);
    throw geographyErrors.outsideDistrict({
      district: String(district?.name),
      lng,
      lat,
      code: geo.districtCode,
    });
  }
  return found;
}

export function getArea(ctx: RequestContext, geo: GeoIndex, code: string): AreaDetail {
  authorize(ctx, readers);
  const row = findArea(geo, code, 'code');
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    derived: row.derived,
    source: row.source,
    centerLng: row.center_lng,
    centerLat: row.center_lat,
    areaKm2: row.area_km2,
    path: pathOf(geo, row.code),
    childCount: geo.children(row.code).length,
  };
}

/**
 * parent alone: its children; level alone: every area of that level; both: the parent's descendants at
 * that level (e.g. all grids of a street); neither: the district itself.
 */
export function listAreas(ctx: RequestContext, geo: GeoIndex, { level, parent }: AreaListQuery): AreaList {
  authorize(ctx, readers);
  let rows: readonly GeoAreaRow[];
  if (parent !== undefined) {
    const root = findArea(geo, parent, 'parent');
    rows =
      level === undefined
        ? geo.children(root.code)
        : geo.atLevel(level).filter((r) => r.code.startsWith(root.code));
  } else {
    rows = geo.atLevel(level ?? 'district');
  }
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parent_code,
      derived: r.derived,
      childCount: geo.children(r.code).length,
    })),
  };
}

export function searchGeography(ctx: RequestContext, geo: GeoIndex, q: string): SearchResult {
  authorize(ctx, readers);
  if (q.trim() === '') throw geographyErrors.emptySearch();
  return {
    items: geo
      .search(q)
      .map((r) => ({ code: r.code, name: r.name, level: r.level, path: pathOf(geo, r.code) })),
  };
}

/** The serialized GeoJSON FeatureCollection of one level (cached by the index). */
export function geoJsonLayer(ctx: RequestContext, geo: GeoIndex, level: GeoLevel): string {
  authorize(ctx, readers);
  return geo.featureCollection(level);
}

function findArea(geo: GeoIndex, code: string, field: string): GeoAreaRow {
  if (levelOfCode(code) === null) throw geographyErrors.notADivisionCode({ field, code }, { field });
  const row = geo.area(code);
  if (!row) throw geographyErrors.areaNotFound({ code }, { field });
  return row;
}

const pathOf = (geo: GeoIndex, code: string) =>
  geo.path(code).map((r) => ({ code: r.code, name: r.name, level: r.level }));
