import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { areaListQuery } from '../../../api/geo.ts';
import type { AreaListItem, GeoLevel } from '../../../api/types.ts';

export interface AreaLists {
  streets: AreaListItem[];
  communities: AreaListItem[];
  grids: AreaListItem[];
}

const LEVELS: readonly GeoLevel[] = ['street', 'community', 'grid'];

/**
 * The three lists as one answer. A function of the module, so that the answer keeps its identity while the lists do
 * not change (the pickers built from it are large).
 */
function combineAreas(results: UseQueryResult<AreaListItem[]>[]): {
  areas: AreaLists | null;
  error: unknown;
} {
  const [streets, communities, grids] = results.map((r) => r.data);
  const error = results.find((r) => r.error)?.error ?? null;
  if (error) return { areas: null, error };
  return { areas: streets && communities && grids ? { streets, communities, grids } : null, error: null };
}

/**
 * The district's streets, communities and grids, for the area picker of a responsibility line. They change with a
 * new geography release, not during a visit: read once and kept (a failed read is tried again by the next screen).
 */
export function useAreaLists(): { areas: AreaLists | null; error: unknown } {
  return useQueries({
    queries: LEVELS.map((level) => areaListQuery({ level })),
    combine: combineAreas,
  });
}
