import { GEO_LEVELS, type GeoAreaRow } from './geo-types.ts';

export const SEARCH_LIMIT = 20;

/**
 * Areas matching a query by code or name, best first: the exact code, then code or name prefixes, then
 * names containing the query. Within a rank, larger areas (district, street …) come before smaller ones,
 * then codes ascend, so the same query always lists the same areas in the same order.
 */
export function searchAreas(rows: readonly GeoAreaRow[], query: string, limit = SEARCH_LIMIT): GeoAreaRow[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const ranked: { row: GeoAreaRow; rank: number }[] = [];
  for (const row of rows) {
    const name = row.name.toLowerCase();
    const rank =
      row.code === q ? 0 : row.code.startsWith(q) || name.startsWith(q) ? 1 : name.includes(q) ? 2 : -1;
    if (rank >= 0) ranked.push({ row, rank });
  }
  const depth = (row: GeoAreaRow) => GEO_LEVELS.indexOf(row.level);
  return ranked
    .sort((a, b) => a.rank - b.rank || depth(a.row) - depth(b.row) || a.row.code.localeCompare(b.row.code))
    .slice(0, limit)
    .map((r) => r.row);
}
