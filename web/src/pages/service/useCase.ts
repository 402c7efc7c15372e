import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type CaseView, caseKeys, getCase } from '../../api/cases.ts';

/**
 * Puts a case the server just answered with (after an action, an upload, a tick) into the cache: it shows at
 * once on every screen of the case, and a read already on its way is dropped so it cannot bring back the older one.
 */
export function useShowCase(): (c: CaseView) => void {
  const queryClient = useQueryClient();
  return (c) => {
    void queryClient.cancelQueries({ queryKey: caseKeys.detail(c.id) });
    queryClient.setQueryData(caseKeys.detail(c.id), c);
  };
}

/** One case, read again every `pollMs` while the tab is visible (the departments and the windows move it). */
export function useCase(id: string, pollMs: number) {
  const query = useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => getCase(id, signal),
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
  });
  return {
    c: query.data,
    /** Why the case could not be read (null while it loads or once it has). */
    error: query.error,
    show: useShowCase(),
    reload: () => void query.refetch(),
  };
}
