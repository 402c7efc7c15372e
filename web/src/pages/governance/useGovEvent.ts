import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type GovEvent, govKeys } from '../../api/governance.ts';
import { eventQuery } from './event-queries.ts';
import { useEventStream } from './useEventStream.ts';

/** The event is read again this often (the stream says sooner when it changed). */
const POLL_MS = 30_000;

export interface LoadedEvent {
  event: GovEvent | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** An action's answer is the newest event: it goes into the cache and shows at once. */
  replace: (event: GovEvent) => void;
}

/**
 * One event, kept current: polled, and read again when the live stream says it changed — the page's own stream
 * (`follow`), or that of the screen around it, since both write into the same cache.
 */
export function useGovEvent(id: string, options: { follow: boolean }): LoadedEvent {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...eventQuery(id),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  useEventStream({ enabled: options.follow });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const replace = useCallback(
    (next: GovEvent) => {
      // A read that started before the step would bring the event as it was: it gives way to the answer.
      void queryClient.cancelQueries({ queryKey: govKeys.event(next.id) });
      queryClient.setQueryData(govKeys.event(next.id), next);
    },
    [queryClient],
  );
  const event = query.data ?? null;
  return {
    event: event?.id === id ? event : null,
    error: query.error,
    loading: query.isFetching,
    reload,
    replace,
  };
}
