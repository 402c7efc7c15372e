import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  AreaDetail,
  AreaListItem,
  AreaSearchItem,
  FeatureCollection,
  GeoLevel,
  MapLayer,
} from './types.ts';

/** The query keys of the geography reads: boundaries by layer, an area by code, a search by its text. */
export const geoKeys = {
  all: ['geo'] as const,
  geoJson: (level: MapLayer | 'district') => ['geo', 'geojson', level] as const,
  area: (code: string) => ['geo', 'areas', code] as const,
  areaList: (query: { level?: GeoLevel; parent?: string }) => ['geo', 'areas', 'list', query] as const,
  search: (q: string) => ['geo', 'search', q] as const,
};

export const fetchGeoJson = (level: MapLayer | 'district', signal?: AbortSignal) =>
  api.get<FeatureCollection>(`/api/v1/geo/geojson/${level}`, undefined, signal);

export const fetchArea = (code: string, signal?: AbortSignal) =>
  api.get<AreaDetail>(`/api/v1/geo/areas/${encodeURIComponent(code)}`, undefined, signal);

export const searchAreas = (q: string, signal?: AbortSignal) =>
  api.get<{ items: AreaSearchItem[] }>('/api/v1/geo/search', { q }, signal).then((r) => r.items);

export const listAreas = (query: { level?: GeoLevel; parent?: string }, signal?: AbortSignal) =>
  api.get<{ items: AreaListItem[] }>('/api/v1/geo/areas', query, signal).then((r) => r.items);

/** One area with its parents, children and figures. */
export const areaQuery = (code: string) =>
  queryOptions({
    queryKey: geoKeys.area(code),
    queryFn: ({ signal }) => fetchArea(code, signal),
  });

/** The areas of a level or under a parent: they change with a geography release, not during a visit. */
export const areaListQuery = (query: { level?: GeoLevel; parent?: string }) =>
  queryOptions({
    queryKey: geoKeys.areaList(query),
    queryFn: ({ signal }) => listAreas(query, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
