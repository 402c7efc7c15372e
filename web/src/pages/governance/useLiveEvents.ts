import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventSummary, ListQuery } from '../../api/governance.ts';
import { newestFirst } from './event-list.ts';
import { eventListQuery } from './event-queries.ts';
import { type StreamStatus, useEventStream } from './useEventStream.ts';

/** Without the live stream, lists are read again this often. */
const POLL_MS = 30_000;
/** How long a row that arrived live stays highlighted. */
const FRESH_MS = 8_000;

export interface LiveEvents {
  events: EventSummary[];
  loading: boolean;
  error: unknown;
  status: StreamStatus;
  /** Ids of events that arrived or changed live in the last few seconds (highlighted on screen). */
  fresh: ReadonlySet<string>;
  reload: () => void;
}

/**
 * A list of events that stays current: read once into the cache, then the live stream writes each change into it
 * (new reports at the top); the screen sees the events `keep` accepts (a closed or handed-over one leaves).
 * Without the stream the list is polled.
 */
export function useLiveEvents(query: ListQuery, keep: (e: EventSummary) => boolean): LiveEvents {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Set<number>());

  const markFresh = useCallback((id: string) => {
    setFresh((current) => new Set(current).add(id));
    const timer = window.setTimeout(() => {
      timers.current.delete(timer);
      setFresh((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }, FRESH_MS);
    timers.current.add(timer);
  }, []);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) window.clearTimeout(timer);
    };
  }, []);

  const status = useEventStream({ onEvent: (update) => markFresh(update.id) });
  const list = useQuery({
    ...eventListQuery(query),
    refetchInterval: status === 'live' ? false : POLL_MS,
    refetchIntervalInBackground: false,
  });
  const { refetch } = list;
  const reload = useCallback(() => void refetch(), [refetch]);
  const events = useMemo(() => newestFirst((list.data ?? []).filter(keep)), [list.data, keep]);

  return {
    events,
    loading: list.isFetching,
    error: list.error,
    status,
    fresh,
    reload,
  };
}
