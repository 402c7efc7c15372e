import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { fetchArea, fetchGeoJson } from '../../api/geo.ts';
import type { AreaDetail, FeatureCollection, MapLayer } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

type Load<T> = { data: T | null; loading: boolean; error: string | null };

// Boundaries change rarely: keep each layer for the whole visit instead of refetching on every switch.
const geoJsonCache = new Map<string, FeatureCollection>();

/**
 * The GeoJSON of one layer (or the district outline), fetched once per visit. While a new layer loads,
 * the previous one stays in `data` (with its own `level`) so the map does not go blank.
 */
export function useGeoJson<L extends MapLayer | 'district'>(
  level: L,
  attempt = 0,
): Load<FeatureCollection> & { level: L | null } {
  const { errorText } = useI18n();
  const [state, setState] = useState<Load<FeatureCollection> & { level: L | null }>(() => ({
    level: geoJsonCache.has(level) ? level : null,
    data: geoJsonCache.get(level) ?? null,
    loading: !geoJsonCache.has(level),
    error: null,
  }));

  useEffect(() => {
    void attempt;
    const cached = geoJsonCache.get(level);
    if (cached) {
      setState({ level, data: cached, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    fetchGeoJson(level, controller.signal)
      .then((collection) => {
        geoJsonCache.set(level, collection);
        setState({ level, data: collection, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (!isAbort(error))
          setState((previous) => ({ ...previous, loading: false, error: errorText(error) }));
      });
    return () => controller.abort();
  }, [level, attempt, errorText]);

  return state;
}

/** The details of the selected area. */
export function useAreaDetail(code: string | null): Load<AreaDetail> {
  const { errorText } = useI18n();
  const [state, setState] = useState<Load<AreaDetail>>({ data: null, loading: false, error: null });

  useEffect(() => {
    if (!code) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true, error: null }));
    fetchArea(code, controller.signal)
      .then((detail) => setState({ data: detail, loading: false, error: null }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState({ data: null, loading: false, error: errorText(error) });
      });
    return () => controller.abort();
  }, [code, errorText]);

  return state;
}
