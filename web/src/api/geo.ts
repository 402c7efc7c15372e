import { api } from './client.ts';
import type {
  AreaDetail,
  AreaListItem,
  AreaSearchItem,
  FeatureCollection,
  GeoLevel,
  MapLayer,
} from './types.ts';

export const fetchGeoJson = (level: MapLayer | 'district', signal?: AbortSignal) =>
  api.get<FeatureCollection>(`/api/v1/geo/geojson/${level}`, undefined, signal);

export const fetchArea = (code: string, signal?: AbortSignal) =>
  api.get<AreaDetail>(`/api/v1/geo/areas/${encodeURIComponent(code)}`, undefined, signal);

export const searchAreas = (q: string, signal?: AbortSignal) =>
  api.get<{ items: AreaSearchItem[] }>('/api/v1/geo/search', { q }, signal).then((r) => r.items);

export const listAreas = (query: { level?: GeoLevel; parent?: string }) =>
  api.get<{ items: AreaListItem[] }>('/api/v1/geo/areas', query).then((r) => r.items);
