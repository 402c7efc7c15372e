/** Shapes of the 差评整改 API: the server's contract (@yimen/shared/rectifications). */
import type {
  Rectification,
  RectificationList,
  RectificationState,
  ReturnVisitInput,
} from '@yimen/shared/rectifications';
import { api } from './client.ts';

export type {
  Rectification,
  RectificationCounts,
  RectificationList,
  ReturnVisit,
  ReturnVisitInput,
} from '@yimen/shared/rectifications';

export type RectificationFilter = RectificationState;

/** Query keys of 整改: the list per filter. */
export const rectificationKeys = {
  all: ['rectifications'] as const,
  list: (query: { state?: RectificationFilter | undefined; department?: string | undefined }) =>
    ['rectifications', 'list', query] as const,
};

export const listRectifications = (
  query: { state?: RectificationFilter | undefined; department?: string | undefined },
  signal?: AbortSignal,
) => api.get<RectificationList>('/api/v1/rectifications', query, signal);

/** 回访: the applicant satisfied closes the rectification; not satisfied keeps it open. */
export const recordReturnVisit = (id: string, input: ReturnVisitInput) =>
  api.post<Rectification>(`/api/v1/rectifications/${encodeURIComponent(id)}/return-visits`, input);
