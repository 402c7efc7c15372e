import { api } from './client.ts';

/** Shapes of the 差评整改 API (server/src/modules/cases/rectifications.schemas.ts). */

export interface ReturnVisit {
  visitedAt: string;
  applicantSatisfied: boolean;
  note: string | null;
  /** Who recorded it. */
  by: string;
}

export interface Rectification {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  departmentId: string;
  departmentName: string;
  rating: {
    level: number;
    label: string;
    indicators: string[];
    comment: string | null;
    ratedAt: string;
  };
  openedAt: string;
  dueAt: string;
  /** Whole working days to the deadline's day; negative once overdue; null when closed. */
  workingDaysLeft: number | null;
  overdue: boolean;
  state: 'open' | 'closed';
  measures: string | null;
  returnVisits: ReturnVisit[];
  closedAt: string | null;
  closedBy: string | null;
}

export interface RectificationCounts {
  open: number;
  overdue: number;
  closed: number;
}

export interface RectificationList {
  generatedAt: string;
  counts: RectificationCounts;
  items: Rectification[];
}

export type RectificationFilter = 'open' | 'overdue' | 'closed';

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

export interface ReturnVisitInput {
  measures: string;
  visitedAt: string;
  applicantSatisfied: boolean;
  note?: string;
}

/** 回访: the applicant satisfied closes the rectification; not satisfied keeps it open. */
export const recordReturnVisit = (id: string, input: ReturnVisitInput) =>
  api.post<Rectification>(`/api/v1/rectifications/${encodeURIComponent(id)}/return-visits`, input);
