import { queryOptions, useQuery } from '@tanstack/react-query';
import { getTaxonomy, govKeys, type Taxonomy } from '../../api/governance.ts';

/** The event classes in force, as the pickers read them. */
export const taxonomyQuery = () =>
  queryOptions({
    queryKey: govKeys.taxonomyClasses,
    queryFn: ({ signal }) => getTaxonomy(signal),
  });

/**
 * The event classes in force (majors and minors), for the class pickers. What this visit read before shows at once,
 * then whatever the server answers now (an administrator may have edited the classes since); with classes on
 * screen, a failed refresh leaves them there.
 */
export function useTaxonomy(): { taxonomy: Taxonomy | null; error: unknown } {
  const { data, error } = useQuery(taxonomyQuery());
  return { taxonomy: data ?? null, error: data ? null : error };
}
