import { type QueryKey, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';

interface LoadState {
  loading: boolean;
  loadError: unknown;
}

/**
 * Reads a document as saved on the server, now and again on `reload()`, and hands each answer to `onLoaded` (the
 * editor starts its draft from it). The answer is never re-read behind the editor's back (on focus, or when it
 * grows old), which would throw the draft away; leaving the editor forgets it, so the next visit reads it anew.
 */
export function useSavedDocument<T>(
  queryKey: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
  onLoaded: (saved: T) => void,
): LoadState & { reload: () => void } {
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => load(signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  // Held in a ref: a new callback on each render must not hand the same answer over again.
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;
  const { data, dataUpdatedAt, refetch } = query;
  useEffect(() => {
    if (dataUpdatedAt > 0 && data !== undefined) onLoadedRef.current(data);
  }, [data, dataUpdatedAt]);

  const reload = useCallback(() => void refetch(), [refetch]);
  return { loading: query.isFetching, loadError: query.error, reload };
}
