import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../api/client.ts';

export interface Polled<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** When the current data arrived (client clock); countdowns measure from here. */
  fetchedAt: number;
  reload: () => void;
}

/**
 * Loads with `load` now, again every `intervalMs` (while the tab is visible), on `reload()` and when `key` changes.
 * A slow answer never overwrites a newer one: each load aborts the one before it.
 */
export function usePolling<T>(
  load: (signal: AbortSignal) => Promise<T>,
  intervalMs: number,
  /** Loads again at once when this changes (e.g. a filter the request depends on). */
  key = '',
): Polled<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean; fetchedAt: number }>(
    {
      data: null,
      error: null,
      loading: true,
      fetchedAt: 0,
    },
  );
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    void tick;
    void key;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef
      .current(controller.signal)
      .then((data) => setState({ data, error: null, loading: false, fetchedAt: Date.now() }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState((s) => ({ ...s, error, loading: false }));
      });
    return () => controller.abort();
  }, [tick, key]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') setTick((n) => n + 1);
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
