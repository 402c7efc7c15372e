import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { getTaxonomy, type Taxonomy } from '../../api/governance.ts';

// The taxonomy changes when an administrator edits it, not during a visit: fetch it once.
let cached: Taxonomy | null = null;

/** The event classes in force (majors and minors), for the class pickers. */
export function useTaxonomy(): { taxonomy: Taxonomy | null; error: unknown } {
  const [state, setState] = useState<{ taxonomy: Taxonomy | null; error: unknown }>({
    taxonomy: cached,
    error: null,
  });
  useEffect(() => {
    if (cached) return;
    const controller = new AbortController();
    getTaxonomy(controller.signal)
      .then((taxonomy) => {
        cached = taxonomy;
        setState({ taxonomy, error: null });
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) setState({ taxonomy: null, error });
      });
    return () => controller.abort();
  }, []);
  return state;
}
