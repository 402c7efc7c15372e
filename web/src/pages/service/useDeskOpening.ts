import { useMutation } from '@tanstack/react-query';
import { normaliseId } from '@yimen/shared/id-checks';
import { useRef, useState } from 'react';
import { type Applicant, type CaseView, openCase } from '../../api/cases.ts';
import type { ItemHit } from '../../api/catalogue.ts';
import { ApiError } from '../../api/client.ts';
import { registerPerson } from '../../api/people.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApplicantDraft } from './ApplicantCard.tsx';

export interface DeskOpening {
  opening: boolean;
  openError: string | null;
  /** The applicant's case for this item that is still open: the clerk looks at it or opens another anyway. */
  openCaseOf: { id: string; caseNo: string } | null;
  /** The ID number is not registered yet: the clerk types the person's name and registers them on opening. */
  unregistered: boolean;
  personName: string;
  setPersonName: (name: string) => void;
  open: (despiteOpenCase?: boolean) => void;
  /** The applicant, the item or the whole desk changed: what was said about the last attempt no longer holds. */
  restart: (what: 'applicant' | 'item' | 'next') => void;
  /** Says why the desk could not go on (a resumed case that cannot be read). */
  fail: (message: string) => void;
}

const applicantOf = (draft: ApplicantDraft): Applicant =>
  draft.kind === 'person'
    ? { kind: 'person', idNumber: normaliseId(draft.idNumber) }
    : { kind: 'enterprise', creditCode: normaliseId(draft.creditCode) };

/** Opening a case for the applicant and item at the window (registering a walk-in resident first if need be). */
export function useDeskOpening(input: {
  draft: ApplicantDraft;
  item: ItemHit | null;
  ready: boolean;
  windowNo: string;
  onOpened: (c: CaseView) => void;
}): DeskOpening {
  const { draft, item, ready, windowNo, onOpened } = input;
  const { errorText } = useI18n();
  const [openError, setOpenError] = useState<string | null>(null);
  const [openCaseOf, setOpenCaseOf] = useState<DeskOpening['openCaseOf']>(null);
  const [unregistered, setUnregistered] = useState(false);
  const [personName, setPersonName] = useState('');
  // One key per submission of this applicant + item: a double click or a retry cannot open a second case.
  const idempotencyKey = useRef<string | null>(null);

  const mutation = useMutation({
    mutationFn: async (what: {
      item: ItemHit;
      draft: ApplicantDraft;
      despiteOpenCase: boolean;
      key: string;
    }) => {
      if (unregistered && what.draft.kind === 'person') {
        await registerPerson(normaliseId(what.draft.idNumber), personName.trim());
        setUnregistered(false);
      }
      return openCase(
        {
          itemCode: what.item.code,
          applicant: applicantOf(what.draft),
          ...(what.draft.agentIdNumber ? { agentIdNumber: normaliseId(what.draft.agentIdNumber) } : {}),
          ...(windowNo ? { windowNo } : {}),
          ...(what.despiteOpenCase ? { despiteOpenCase: true } : {}),
        },
        what.key,
      );
    },
    onSuccess: onOpened,
    onError: (error, what) => {
      if (
        error instanceof ApiError &&
        error.code === 'not_found' &&
        error.field === 'applicant.idNumber' &&
        what.draft.kind === 'person'
      ) {
        setUnregistered(true);
      } else if (error instanceof ApiError && error.status === 409 && error.field === 'despiteOpenCase') {
        setOpenCaseOf({ id: String(error.details?.openCaseId), caseNo: String(error.details?.openCaseNo) });
      } else {
        setOpenError(errorText(error));
      }
    },
  });

  return {
    opening: mutation.isPending,
    openError,
    openCaseOf,
    unregistered,
    personName,
    setPersonName,
    open: (despiteOpenCase = false) => {
      if (!item || !ready || mutation.isPending) return;
      setOpenError(null);
      setOpenCaseOf(null);
      idempotencyKey.current ??= crypto.randomUUID();
      mutation.mutate({ item, draft, despiteOpenCase, key: idempotencyKey.current });
    },
    restart: (what) => {
      idempotencyKey.current = null;
      setOpenError(null);
      setOpenCaseOf(null);
      if (what !== 'item') setUnregistered(false);
      if (what === 'next') setPersonName('');
    },
    fail: setOpenError,
  };
}
