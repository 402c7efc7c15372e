import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { areaQuery, fetchGeoJson, geoKeys } from '../../api/geo.ts';
import type { AreaDetail, FeatureCollection, MapLayer } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

type Load<T> = { data: T | null; loading: boolean; error: string | null };

/** Boundaries change with a geography release, not during a visit: each layer is read once and kept. */
export const geoJsonQuery = (level: MapLayer | 'district') =>
  queryOptions({
    queryKey: geoKeys.geoJson(level),
    queryFn: ({ signal }) => fetchGeoJson(level, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

/**
 * The GeoJSON of one layer (or the district outline), read once per visit. While a new layer loads, the previous
 * one stays in `data` (with its own `level`) so the map does not go blank; `retry` asks again after a failure.
 */
export function useGeoJson<L extends MapLayer | 'district'>(
  level: L,
): Load<FeatureCollection> & { level: L | null; retry: () => void } {
  const { errorText } = useI18n();
  const query = useQuery({ ...geoJsonQuery(level), placeholderData: keepPreviousData });
  // The level the shown data belongs to: the one asked for once its own answer is in.
  const shown = useRef<L | null>(null);
  if (query.data && !query.isPlaceholderData) shown.current = level;
  return {
    level: query.data ? shown.current : null,
    data: query.data ?? null,
    loading: query.isFetching,
    error: query.error ? errorText(query.error) : null,
    retry: () => void query.refetch(),
  };
}

/** The details of the selected area (the last one stays while the next loads). */
export function useAreaDetail(code: string | null): Load<AreaDetail> {
  const { errorText } = useI18n();
  const query = useQuery({
    ...areaQuery(code ?? ''),
    enabled: code !== null,
    placeholderData: keepPreviousData,
  });
  if (!code) return { data: null, loading: false, error: null };
  return {
    data: query.isError ? null : (query.data ?? null),
    loading: query.isFetching,
    error: query.error ? errorText(query.error) : null,
  };
}
