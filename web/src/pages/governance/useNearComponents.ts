import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { govKeys, type NearComponent, nearComponents } from '../../api/governance.ts';
import { NEAR_LIMIT, NEAR_RADIUS_M } from './component-pick.ts';
import type { Point } from './useLocate.ts';

export interface NearState {
  items: NearComponent[];
  loading: boolean;
  error: unknown;
}

/**
 * The registered components near a pin, nearest first, asked again whenever the pin moves (a newer pin cancels
 * the older question). While a new answer is awaited the old list stays, so it does not flicker.
 */
export function useNearComponents(point: Point | null): NearState {
  const near = { lng: point?.lng ?? 0, lat: point?.lat ?? 0, radius: NEAR_RADIUS_M, limit: NEAR_LIMIT };
  const query = useQuery({
    queryKey: govKeys.nearComponents(near),
    queryFn: ({ signal }) => nearComponents(near, signal),
    enabled: point !== null,
    placeholderData: keepPreviousData,
  });
  if (!point) return { items: [], loading: false, error: null };
  return {
    items: query.isError ? [] : (query.data ?? []),
    loading: query.isFetching,
    error: query.error,
  };
}
