import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { getTaxonomy, type Taxonomy } from '../../api/governance.ts';

// The last taxonomy fetched in this visit: a picker shows it at once, then whatever the server answers now (an
// administrator may have edited the classes since), without a reload of the page.
let cached: Taxonomy | null = null;

/** Drops the kept taxonomy, after this visit saved a new one: the next picker waits for the server's. */
export function forgetTaxonomy(): void {
  cached = null;
}

/** The event classes in force (majors and minors), for the class pickers. */
export function useTaxonomy(): { taxonomy: Taxonomy | null; error: unknown } {
  const [state, setState] = useState<{ taxonomy: Taxonomy | null; error: unknown }>({
    taxonomy: cached,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    getTaxonomy(controller.signal)
      .then((taxonomy) => {
        cached = taxonomy;
        setState({ taxonomy, error: null });
      })
      .catch((error: unknown) => {
        // With a kept taxonomy on screen, a failed refresh leaves it there.
        if (!isAbort(error)) setState((s) => (s.taxonomy ? s : { taxonomy: null, error }));
      });
    return () => controller.abort();
  }, []);
  return state;
}
