import type { Queryable } from '../../../db/client.ts';
import type { BBox } from '../../geography/planar.ts';
import type { ComponentStatus } from './component-classes.ts';

/** A component as listed on the map (snake_case: the table's own column names). */
export interface ComponentRow {
  id: string;
  class_code: string;
  status: ComponentStatus;
  owner_unit: string;
  maintenance_unit: string;
  lng: number;
  lat: number;
  grid_code: string;
  micro_grid_code: string;
  address: string | null;
}

export interface ComponentDetailRow extends ComponentRow {
  owner_unit_name: string | null;
  maintenance_unit_name: string | null;
  synthetic: boolean;
  updated_at: Date | string;
}

const ITEM_COLUMNS =
  'c.id, c.class_code, c.status, c.owner_unit, c.maintenance_unit, c.lng, c.lat, c.grid_code, c.micro_grid_code, c.address';

export async function findComponent(
  q: Queryable,
  districtCode: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ComponentDetailRow | null> {
  const r = await q.query<ComponentDetailRow>(
    `SELECT ${ITEM_COLUMNS}, c.synthetic, c.updated_at,
            o.name_zh AS owner_unit_name, m.name_zh AS maintenance_unit_name
       FROM components c
       LEFT JOIN departments o ON o.id = c.owner_unit
       LEFT JOIN departments m ON m.id = c.maintenance_unit
      WHERE c.district_code = $1 AND c.id = $2
      ${opts.forUpdate ? 'FOR UPDATE OF c' : ''}`,
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

export async function setComponentStatus(q: Queryable, id: string, status: ComponentStatus): Promise<void> {
  await q.query('UPDATE components SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

export interface ComponentFilter {
  districtCode: string;
  bbox?: BBox;
  classCode?: string;
  status?: ComponentStatus;
  /** A street, community, grid or micro-grid code: only components whose micro-grid lies in it. */
  area?: string;
  limit: number;
}

/** Successor of a digit string of the same length ('440604012' → '440604013'): the end of a prefix range. */
const nextCode = (code: string): string => (BigInt(code) + 1n).toString().padStart(code.length, '0');

/**
 * WHERE clause of a filter. Every predicate is one an index answers: the box is a range on
 * (district_code, lng, lat) (0012_components_location.sql), an area a range or equality on grid_code.
 */
function whereOf(f: Omit<ComponentFilter, 'limit'>): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.districtCode];
  const where = ['c.district_code = $1'];
  const add = (predicate: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(predicate(`$${params.length}`));
  };
  if (f.bbox) {
    const [minLng, minLat, maxLng, maxLat] = f.bbox;
    add((p) => `c.lng >= ${p}`, minLng);
    add((p) => `c.lng <= ${p}`, maxLng);
    add((p) => `c.lat >= ${p}`, minLat);
    add((p) => `c.lat <= ${p}`, maxLat);
  }
  if (f.classCode) add((p) => `c.class_code = ${p}`, f.classCode);
  if (f.status) add((p) => `c.status = ${p}`, f.status);
  if (f.area) {
    const area = f.area;
    if (area.length >= 15) add((p) => `c.grid_code = ${p}`, area.slice(0, 15));
    if (area.length === 17) add((p) => `c.micro_grid_code = ${p}`, area);
    if (area.length < 15) {
      // Codes are digit strings, so the prefix is a half-open range: [440604012, 440604013).
      add((p) => `c.grid_code >= ${p}`, area);
      add((p) => `c.grid_code < ${p}`, nextCode(area));
    }
  }
  return { sql: where.join(' AND '), params };
}

/**
 * Components matching the filter, by id (class, then serial), at most `limit`. The total is counted only
 * when the list is cut: a full count of a busy box is the one costly part.
 */
export async function searchComponents(
  q: Queryable,
  f: ComponentFilter,
): Promise<{ rows: ComponentRow[]; total: number; truncated: boolean }> {
  const { sql, params } = whereOf(f);
  const r = await q.query<ComponentRow>(
    `SELECT ${ITEM_COLUMNS} FROM components c WHERE ${sql} ORDER BY c.id LIMIT $${params.length + 1}`,
    [...params, f.limit + 1],
  );
  if (r.rows.length <= f.limit) return { rows: r.rows, total: r.rows.length, truncated: false };
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM components c WHERE ${sql}`,
    params,
  );
  return { rows: r.rows.slice(0, f.limit), total: total.rows[0]?.n ?? 0, truncated: true };
}

/** Mean Earth radius (IUGG), metres; one degree of latitude is R·π/180 ≈ 111.2 km. */
export const EARTH_RADIUS_M = 6_371_008.8;
export const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

export interface NearFilter {
  districtCode: string;
  lng: number;
  lat: number;
  radiusM: number;
  classCode?: string;
  limit: number;
}

/**
 * The nearest components within radiusM of a point, nearest first (ties by id). The box around the circle
 * uses the location index; distances are equirectangular, exact to millimetres over a few hundred metres.
 */
export async function nearestComponents(
  q: Queryable,
  f: NearFilter,
): Promise<Array<ComponentRow & { distance_m: number }>> {
  const kx = METRES_PER_DEGREE * Math.cos((f.lat * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  const dLng = f.radiusM / kx;
  const dLat = f.radiusM / ky;
  const { sql, params } = whereOf({
    districtCode: f.districtCode,
    bbox: [f.lng - dLng, f.lat - dLat, f.lng + dLng, f.lat + dLat],
    ...(f.classCode ? { classCode: f.classCode } : {}),
  });
  const n = params.length;
  const r = await q.query<ComponentRow & { distance_m: number }>(
    `SELECT * FROM (
       SELECT ${ITEM_COLUMNS},
              sqrt(power((c.lng - $${n + 1}) * $${n + 3}, 2) + power((c.lat - $${n + 2}) * $${n + 4}, 2)) AS distance_m
         FROM components c WHERE ${sql}
     ) near
     WHERE distance_m <= $${n + 5}
     ORDER BY distance_m, id
     LIMIT $${n + 6}`,
    [...params, f.lng, f.lat, kx, ky, f.radiusM, f.limit],
  );
  return r.rows;
}
