import { useEffect, useState } from 'react';
import { isAbort } from '../../../api/client.ts';
import { getIndicators, type IndicatorQuery, type IndicatorReport } from '../../../api/governance.ts';

/** The indicators of a query, loaded again when it changes or on `reload`; a newer answer always wins. */
export function useIndicators(query: IndicatorQuery) {
  const [state, setState] = useState<{ report: IndicatorReport | null; error: unknown; loading: boolean }>({
    report: null,
    error: null,
    loading: true,
  });
  const [attempt, setAttempt] = useState(0);
  const { groupBy, from, to } = query;

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getIndicators({ groupBy, from, to }, controller.signal)
      .then((report) => setState({ report, error: null, loading: false }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState((s) => ({ ...s, error, loading: false }));
      });
    return () => controller.abort();
  }, [groupBy, from, to, attempt]);

  return { ...state, reload: () => setAttempt((n) => n + 1) };
}
