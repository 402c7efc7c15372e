import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../../../api/client.ts';

interface LoadState {
  loading: boolean;
  loadError: unknown;
}

/**
 * Loads a document as saved on the server, now and again on `reload()`, and hands it to `onLoaded` (the editor
 * starts its draft from it). A load still running when the next starts is aborted.
 */
export function useSavedDocument<T>(
  load: (signal: AbortSignal) => Promise<T>,
  onLoaded: (saved: T) => void,
): LoadState & { reload: () => void } {
  const [state, setState] = useState<LoadState>({ loading: true, loadError: null });
  const [attempt, setAttempt] = useState(0);
  // Held in refs: a new callback on each render must not load again.
  const loadRef = useRef(load);
  loadRef.current = load;
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef
      .current(controller.signal)
      .then((saved) => {
        onLoadedRef.current(saved);
        setState({ loading: false, loadError: null });
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) setState({ loading: false, loadError: error });
      });
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
