import { useCallback, useEffect, useState } from 'react';
import { type GovEvent, getEvent } from '../../api/governance.ts';
import { usePolling } from '../../hooks/usePolling.ts';
import { useEventStream } from './useEventStream.ts';

/** Without the live stream the event is read again this often. */
const POLL_MS = 30_000;

export interface LoadedEvent {
  event: GovEvent | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** An action's answer is the newest event: it shows at once, until a later load. */
  replace: (event: GovEvent) => void;
}

/**
 * One event, kept current: reloaded when the live stream says it changed (`follow`), or when `version` changes
 * (a page that follows the stream itself tells the drawer), and polled meanwhile.
 */
export function useGovEvent(id: string, options: { follow: boolean; version?: number }): LoadedEvent {
  const load = useCallback((signal: AbortSignal) => getEvent(id, signal), [id]);
  const polled = usePolling(load, POLL_MS, id);
  const [answer, setAnswer] = useState<{ event: GovEvent; at: number } | null>(null);
  const { reload } = polled;

  useEventStream(
    (update) => {
      if (update.id === id) reload();
    },
    reload,
    options.follow,
  );

  const [seenVersion, setSeenVersion] = useState(options.version);
  useEffect(() => {
    if (options.version === seenVersion) return;
    setSeenVersion(options.version);
    reload();
  }, [options.version, seenVersion, reload]);

  const event =
    answer && answer.event.id === id && answer.at >= polled.fetchedAt ? answer.event : polled.data;
  const replace = useCallback((next: GovEvent) => setAnswer({ event: next, at: Date.now() }), []);
  return {
    event: event?.id === id ? event : null,
    error: polled.error,
    loading: polled.loading,
    reload,
    replace,
  };
}
