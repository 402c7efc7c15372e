import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getIndicators, govKeys, type IndicatorQuery } from '../../../api/governance.ts';

/** The indicators of a query, read again when it changes or on `reload`; a newer answer always wins. */
export function useIndicators(query: IndicatorQuery) {
  const { groupBy, from, to } = query;
  const asked = { groupBy, from, to };
  const answer = useQuery({
    queryKey: govKeys.indicators(asked),
    queryFn: ({ signal }) => getIndicators(asked, signal),
    // The last table stays while another grouping or period loads.
    placeholderData: keepPreviousData,
  });
  return {
    report: answer.data ?? null,
    error: answer.error,
    loading: answer.isFetching,
    reload: () => void answer.refetch(),
  };
}
