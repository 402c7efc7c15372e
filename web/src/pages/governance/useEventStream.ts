import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EVENT_STREAM_URL } from '../../api/governance.ts';
import type { EventUpdate } from './event-list.ts';
import { applyEventUpdate, reloadEvents } from './event-queries.ts';
import {
  EVENT_MESSAGE_TYPES,
  FAILURES_BEFORE_POLLING,
  parseEventMessage,
  RELOAD_MESSAGE_TYPES,
  reconnectDelay,
} from './event-stream.ts';

/** live: messages arrive; reconnecting: the stream dropped and is being re-opened; polling: it is not there. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'polling';

interface StreamOptions {
  /** False: no stream (a page inside another that already follows it). */
  enabled?: boolean;
  /** Told of each event message after it went into the cache (a screen highlights the row). */
  onEvent?: (update: EventUpdate) => void;
}

/**
 * Follows /gov/stream with an EventSource (same origin: the session cookie goes along) and writes what arrives into
 * the query cache: each event message into the cached lists and that event's detail; after a reconnect, and when
 * the server says messages were lost, every cached event query is read again. The browser re-opens a dropped
 * stream by itself; a refused one (an error status, a server without the stream) is re-opened here with back-off,
 * and after a few failures the status says `polling`.
 */
export function useEventStream({ enabled = true, onEvent }: StreamOptions = {}): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  useEffect(() => {
    if (!enabled) return;
    if (typeof EventSource === 'undefined') {
      setStatus('polling');
      return;
    }
    let source: EventSource | null = null;
    let timer: number | undefined;
    let failures = 0;
    let dropped = false;
    const reload = () => void reloadEvents(queryClient);

    const connect = () => {
      const current = new EventSource(EVENT_STREAM_URL);
      source = current;
      current.onopen = () => {
        // Whatever happened while the stream was away is not in it: read the lists again.
        if (failures > 0 || dropped) reload();
        failures = 0;
        dropped = false;
        setStatus('live');
      };
      const take = (message: MessageEvent<string>) => {
        const update = parseEventMessage(message.data);
        if (!update) return;
        applyEventUpdate(queryClient, update);
        onEventRef.current?.(update);
      };
      for (const type of EVENT_MESSAGE_TYPES) current.addEventListener(type, take);
      current.addEventListener('message', take);
      for (const type of RELOAD_MESSAGE_TYPES) current.addEventListener(type, reload);
      current.onerror = () => {
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          failures += 1;
          setStatus(failures >= FAILURES_BEFORE_POLLING ? 'polling' : 'reconnecting');
          timer = window.setTimeout(connect, reconnectDelay(failures));
        } else {
          dropped = true;
          setStatus('reconnecting');
        }
      };
    };
    connect();
    return () => {
      window.clearTimeout(timer);
      source?.close();
    };
  }, [enabled, queryClient]);

  return status;
}
