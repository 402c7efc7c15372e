import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { type EventSummary, getEvent, type ListQuery, listEvents } from '../../api/governance.ts';
import { type EventUpdate, isFullSummary, mergeEvent, newestFirst } from './event-list.ts';
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
  /** Bumped on every live change of an event, so an open drawer can reload that one event. */
  changed: { id: string; n: number } | null;
  reload: () => void;
}

/**
 * A list of events that stays current: loaded once, then live updates from the stream are merged in (new reports
 * at the top, closed or handed-over ones leave when `keep` says so). Without the stream it polls.
 */
export function useLiveEvents(query: ListQuery, keep: (e: EventSummary) => boolean, limit = 500): LiveEvents {
  const [events, setEvents] = useState<EventSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<{ id: string; n: number } | null>(null);
  const [tick, setTick] = useState(0);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    void tick;
    const controller = new AbortController();
    setLoading(true);
    listEvents(JSON.parse(queryKey) as ListQuery, controller.signal)
      .then((list) => {
        setEvents(newestFirst(list.filter((e) => keepRef.current(e))));
        setError(null);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if (isAbort(caught)) return;
        setError(caught);
        setLoading(false);
      });
    return () => controller.abort();
  }, [queryKey, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  const markFresh = useCallback((id: string) => {
    setFresh((current) => new Set(current).add(id));
    window.setTimeout(
      () =>
        setFresh((current) => {
          const next = new Set(current);
          next.delete(id);
          return next;
        }),
      FRESH_MS,
    );
  }, []);

  const apply = useCallback(
    (update: EventUpdate) => {
      const known = eventsRef.current.some((e) => e.id === update.id);
      setEvents((current) => mergeEvent(current, update, keepRef.current, limit).list);
      setChanged((c) => ({ id: update.id, n: (c?.n ?? 0) + 1 }));
      markFresh(update.id);
      // A thin message about an event this list has not seen: ask for the whole event.
      if (!known && !isFullSummary(update))
        getEvent(update.id)
          .then((full) => setEvents((current) => mergeEvent(current, full, keepRef.current, limit).list))
          .catch(() => undefined);
    },
    [limit, markFresh],
  );

  const status = useEventStream(apply, reload);

  useEffect(() => {
    if (status === 'live') return;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') reload();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [status, reload]);

  return { events, loading, error, status, fresh, changed, reload };
}
