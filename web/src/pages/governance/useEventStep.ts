import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionInput,
  type GovAction,
  govKeys,
  type ReportInput,
  reportEvent,
  takeEventAction,
} from '../../api/governance.ts';

export interface StepRequest {
  id: string;
  action: GovAction;
  input?: ActionInput;
}

/**
 * One step of an event. Its answer is the event as it is now: that goes into the cache for every screen showing
 * it, and the lists are read again (the event may have left one, or moved in it). A merge also changes the event
 * it went into.
 */
export function useEventStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, input }: StepRequest) => takeEventAction(id, action, input),
    onSuccess: (answer, { id, input }) => {
      if (answer.event) {
        void queryClient.cancelQueries({ queryKey: govKeys.event(id) });
        queryClient.setQueryData(govKeys.event(id), answer.event);
      }
      void queryClient.invalidateQueries({ queryKey: govKeys.eventLists });
      if (input?.into) void queryClient.invalidateQueries({ queryKey: govKeys.event(input.into) });
    },
  });
}

/** A new report (citizen, patrol, hotline): the lists are read again so it shows wherever it belongs. */
export function useReportEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ([input, idempotencyKey]: [ReportInput, string]) => reportEvent(input, idempotencyKey),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: govKeys.eventLists }),
  });
}
