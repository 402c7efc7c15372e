import type { Queryable } from '../../db/client.ts';
import type { GeoAreaRow } from './geo-types.ts';

const COLUMNS = [
  'code',
  'level',
  'name',
  'parent_code',
  'district_code',
  'derived',
  'source',
  'geometry',
  'center_lng',
  'center_lat',
  'area_km2',
] as const;

/** 100 rows × 11 columns stays far below PostgreSQL's 65 535 parameters and keeps each statement small. */
const BATCH_ROWS = 100;

export async function hasGeoAreas(db: Queryable, districtCode: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM geo_areas WHERE district_code = $1 LIMIT 1', [districtCode]);
  return result.rows.length > 0;
}

/** Multi-row INSERTs in batches; rows must come parents first (parent_code is a foreign key). */
export async function insertGeoAreas(tx: Queryable, rows: readonly GeoAreaRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = COLUMNS.map((column) => {
        params.push(column === 'geometry' ? JSON.stringify(row.geometry) : row[column]);
        return column === 'geometry' ? `$${params.length}::jsonb` : `$${params.length}`;
      });
      return `(${placeholders.join(',')})`;
    });
    await tx.query(`INSERT INTO geo_areas (${COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, params);
  }
}

export async function selectGeoAreas(db: Queryable, districtCode: string): Promise<GeoAreaRow[]> {
  const result = await db.query<GeoAreaRow>(
    `SELECT ${COLUMNS.join(',')} FROM geo_areas WHERE district_code = $1 ORDER BY code`,
    [districtCode],
  );
  return result.rows;
}
