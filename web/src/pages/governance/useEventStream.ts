import { useEffect, useRef, useState } from 'react';
import { EVENT_STREAM_URL } from '../../api/governance.ts';
import type { EventUpdate } from './event-list.ts';
import {
  EVENT_MESSAGE_TYPES,
  FAILURES_BEFORE_POLLING,
  parseEventMessage,
  RELOAD_MESSAGE_TYPES,
  reconnectDelay,
} from './event-stream.ts';

/** live: messages arrive; reconnecting: the stream dropped and is being re-opened; polling: it is not there. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'polling';

/**
 * Follows /gov/stream with an EventSource (same origin: the session cookie goes along). Each event message goes
 * to `onEvent`; after a reconnect, and when the server says messages were lost, `onReload` runs so the screen
 * reloads its list. The browser re-opens a dropped stream by itself; a refused one (an error status, a server
 * without the stream) is re-opened here with back-off, and after a few failures the status says `polling`.
 */
export function useEventStream(
  onEvent: (update: EventUpdate) => void,
  onReload: () => void,
  /** False: no stream (a page inside another that already follows it). */
  enabled = true,
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const handlers = useRef({ onEvent, onReload });
  handlers.current = { onEvent, onReload };

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

    const connect = () => {
      const current = new EventSource(EVENT_STREAM_URL);
      source = current;
      current.onopen = () => {
        // Whatever happened while the stream was away is not in it: read the list again.
        if (failures > 0 || dropped) handlers.current.onReload();
        failures = 0;
        dropped = false;
        setStatus('live');
      };
      const take = (message: MessageEvent<string>) => {
        const update = parseEventMessage(message.data);
        if (update) handlers.current.onEvent(update);
      };
      for (const type of EVENT_MESSAGE_TYPES) current.addEventListener(type, take);
      current.addEventListener('message', take);
      for (const type of RELOAD_MESSAGE_TYPES)
        current.addEventListener(type, () => handlers.current.onReload());
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
  }, [enabled]);

  return status;
}
