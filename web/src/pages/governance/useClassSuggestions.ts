import { useEffect, useState } from 'react';
import { classifyText, type Suggestion } from '../../api/governance.ts';

/** Fewer characters than this say too little to classify. */
const MIN_LENGTH = 2;

export interface SuggestionOptions {
  /** The component (部件) the report is about: its class steers the suggestions towards it. */
  component?: { classCode: string; className: string } | null | undefined;
  delayMs?: number;
}

/**
 * The classifier's suggestions for a text being typed: asked once the typing pauses for `delayMs`, and a newer
 * question cancels an older one. A failed question leaves no suggestions: choosing by hand still works. With a
 * component picked and no words yet, the component's class name stands in for the text.
 */
export function useClassSuggestions(
  text: string,
  { component, delayMs = 400 }: SuggestionOptions = {},
): { suggestions: Suggestion[]; loading: boolean } {
  const [state, setState] = useState<{ suggestions: Suggestion[]; loading: boolean }>({
    suggestions: [],
    loading: false,
  });
  const typed = text.trim();
  const componentClass = component?.classCode;
  const asked = typed.length >= MIN_LENGTH ? typed : (component?.className ?? '');
  useEffect(() => {
    if (asked.length < MIN_LENGTH) {
      setState({ suggestions: [], loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      classifyText(asked, controller.signal, componentClass)
        .then((suggestions) => setState({ suggestions, loading: false }))
        .catch(() => {
          if (!controller.signal.aborted) setState({ suggestions: [], loading: false });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [asked, componentClass, delayMs]);
  return state;
}
