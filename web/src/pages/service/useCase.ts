import { useQuery, useQueryClient } from '@tanstack/react-query';
import { myCaseKeys } from '../../api/applications.ts';
import { type CaseView, caseKeys, getCase } from '../../api/cases.ts';
import { documentKeys } from '../../api/documents.ts';
import { supervisionKeys } from '../../api/supervision.ts';

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

/**
 * After an action moved a case: its answer is the case now, and every list it is on (窗口待办, the approval
 * queue, 我的办件, the supervisors' board) and the documents an action issues are read again.
 */
export function useCaseActed(): (c: CaseView) => void {
  const queryClient = useQueryClient();
  const show = useShowCase();
  return (c) => {
    show(c);
    for (const queryKey of [caseKeys.windowWork(), caseKeys.queue(), myCaseKeys.all, supervisionKeys.all])
      void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({ queryKey: documentKeys.ofCase(c.id) });
  };
}
