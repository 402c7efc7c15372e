import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  type CaseView,
  type ChecklistChanges,
  caseKeys,
  getCase,
  recordChecklist,
  runVerifications,
} from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { applyChanges } from './checklist.ts';

/** The desk's checklist saves: one queue, so the ticks reach the server in the order they were made. */
const SAVE_KEY = ['desk', 'checklist'] as const;

export interface DeskCase {
  /** The case being served (undefined while none is, or while a resumed one loads). */
  c: CaseView | undefined;
  /** The desk came back with a case in the address and is reading it. */
  resuming: boolean;
  saving: boolean;
  verifying: boolean;
  /** Serves this case (just opened, or changed by an action) from now on. */
  show: (c: CaseView) => void;
  /** Shows the tick at once and records it; the server's answer (with its shortfall) follows. */
  save: (changes: ChecklistChanges) => void;
  /** 跳转核验: asks the departments every question without a good answer yet. */
  verify: (id: string) => void;
  /** Reads the case again from the server (after a refusal that found it changed). */
  reload: (id: string) => void;
  /** The next applicant: the desk serves no case. */
  clear: () => void;
}

/**
 * The case at the window, kept in the query cache under its key. It lives in the address (?case=…), so a reload
 * or 窗口待办 brings the desk back to where it stopped. Every tick is shown at once and saved in order; only the
 * last answer of a burst replaces the case, so no tick flickers back, and nothing re-reads the case meanwhile.
 */
export function useDeskCase(onResumeFailed: (error: unknown) => void): DeskCase {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { errorText } = useI18n();
  const [params, setParams] = useSearchParams();
  const resumeId = params.get('case');
  const [caseId, setCaseId] = useState<string | null>(resumeId);
  const pendingSaves = useRef(0);
  // Answers to 跳转核验 that came while ticks were on their way: the case is read again once they are saved.
  const reloadAfterSaves = useRef(false);

  const query = useQuery({
    queryKey: caseKeys.detail(caseId ?? ''),
    queryFn: ({ signal }) => getCase(caseId ?? '', signal),
    enabled: caseId !== null,
    // The desk is the one writing this case; a re-read must not undo ticks that are still being saved.
    refetchOnWindowFocus: () => pendingSaves.current === 0,
  });
  const c = caseId !== null ? query.data : undefined;
  const resuming = caseId !== null && c === undefined && !query.isError;

  const reload = (id: string) => {
    queryClient
      .invalidateQueries({ queryKey: caseKeys.detail(id) }, { throwOnError: true })
      .catch((error: unknown) => void message.error(errorText(error)));
  };

  const saveMutation = useMutation({
    mutationKey: SAVE_KEY,
    scope: { id: SAVE_KEY.join('.') },
    mutationFn: ({ id, changes }: { id: string; changes: ChecklistChanges }) => recordChecklist(id, changes),
    onMutate: ({ id, changes }) => {
      pendingSaves.current += 1;
      void queryClient.cancelQueries({ queryKey: caseKeys.detail(id) });
      queryClient.setQueryData<CaseView>(
        caseKeys.detail(id),
        (current) => current && applyChanges(current, changes),
      );
    },
    onSuccess: (updated) => {
      if (pendingSaves.current === 1) queryClient.setQueryData(caseKeys.detail(updated.id), updated);
    },
    onError: (error, { id }) => {
      void message.error(errorText(error));
      reload(id);
    },
    onSettled: (_data, _error, { id }) => {
      pendingSaves.current -= 1;
      if (pendingSaves.current === 0 && reloadAfterSaves.current) {
        reloadAfterSaves.current = false;
        reload(id);
      }
    },
  });
  const saving = useIsMutating({ mutationKey: SAVE_KEY }) > 0;

  // An answer may tick a condition or waive a material it proves, so the case is taken as the server has it — at
  // once when no tick is on its way, else once the ticks made meanwhile are saved.
  const verifyMutation = useMutation({
    mutationFn: runVerifications,
    onSuccess: (answered) => {
      const key = caseKeys.detail(answered.id);
      if (pendingSaves.current === 0) {
        queryClient.setQueryData(key, answered);
      } else {
        queryClient.setQueryData<CaseView>(
          key,
          (view) => view && { ...view, verifications: answered.verifications },
        );
        reloadAfterSaves.current = true;
      }
    },
    onError: (error) => void message.error(errorText(error)),
  });

  // Opening a case puts it in the address; the next applicant takes it out.
  const shownId = c ? caseId : null;
  useEffect(() => {
    if (resuming || shownId === resumeId) return;
    setParams(shownId ? { case: shownId } : {}, { replace: true });
  }, [shownId, resumeId, resuming, setParams]);

  // A resumed case that cannot be read: the desk says why and starts with the next applicant.
  const resumeError = caseId !== null && c === undefined && query.isError ? query.error : null;
  const failed = useRef(onResumeFailed);
  failed.current = onResumeFailed;
  useEffect(() => {
    if (!resumeError) return;
    failed.current(resumeError);
    setCaseId(null);
  }, [resumeError]);

  return {
    c,
    resuming,
    saving,
    verifying: verifyMutation.isPending,
    show: (view) => {
      queryClient.setQueryData(caseKeys.detail(view.id), view);
      setCaseId(view.id);
    },
    save: (changes) => c && saveMutation.mutate({ id: c.id, changes }),
    verify: (id) => verifyMutation.mutate(id),
    reload,
    clear: () => setCaseId(null),
  };
}
