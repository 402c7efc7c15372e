import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { govKeys, type Located, locatePoint } from '../../api/governance.ts';

export interface Point {
  lng: number;
  lat: number;
}

/** The street, community and grid under a point, or the server's reason why there are none (outside the district). */
export function useLocate(point: Point | null): {
  located: Located | null;
  error: unknown;
  loading: boolean;
} {
  const lng = point?.lng ?? 0;
  const lat = point?.lat ?? 0;
  const query = useQuery({
    queryKey: govKeys.locate(lng, lat),
    queryFn: ({ signal }) => locatePoint(lng, lat, signal),
    enabled: point !== null,
    // While the new point is asked about, the old place stays on screen.
    placeholderData: keepPreviousData,
  });
  if (!point) return { located: null, error: null, loading: false };
  return {
    located: query.isError ? null : (query.data ?? null),
    error: query.error,
    loading: query.isFetching,
  };
}
