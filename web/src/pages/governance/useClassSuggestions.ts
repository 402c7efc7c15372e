import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { classifyText, govKeys, type Suggestion } from '../../api/governance.ts';

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
  const typed = text.trim();
  const componentClass = component?.classCode;
  const asked = typed.length >= MIN_LENGTH ? typed : (component?.className ?? '');
  // The text as it stood when the typing paused.
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(asked), delayMs);
    return () => window.clearTimeout(timer);
  }, [asked, delayMs]);
  const query = useQuery({
    queryKey: govKeys.classify(settled, componentClass),
    queryFn: ({ signal }) => classifyText(settled, signal, componentClass),
    enabled: settled.length >= MIN_LENGTH,
    placeholderData: keepPreviousData,
    retry: false,
  });
  if (asked.length < MIN_LENGTH) return { suggestions: [], loading: false };
  return {
    suggestions: query.isError ? [] : (query.data ?? []),
    loading: settled !== asked || query.isFetching,
  };
}
