import { useEffect, useState } from 'react';
import { classifyText, type Suggestion } from '../../api/governance.ts';

/** Fewer characters than this say too little to classify. */
const MIN_LENGTH = 2;

/**
 * The classifier's suggestions for a text being typed: asked once the typing pauses for `delayMs`, and a newer
 * question cancels an older one. A failed question leaves no suggestions: choosing by hand still works.
 */
export function useClassSuggestions(
  text: string,
  delayMs = 400,
): { suggestions: Suggestion[]; loading: boolean } {
  const [state, setState] = useState<{ suggestions: Suggestion[]; loading: boolean }>({
    suggestions: [],
    loading: false,
  });
  const trimmed = text.trim();
  useEffect(() => {
    if (trimmed.length < MIN_LENGTH) {
      setState({ suggestions: [], loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      classifyText(trimmed, controller.signal)
        .then((suggestions) => setState({ suggestions, loading: false }))
        .catch(() => {
          if (!controller.signal.aborted) setState({ suggestions: [], loading: false });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, delayMs]);
  return state;
}
