import { queryOptions } from '@tanstack/react-query';
import type { CreateStaffInput, UpdateStaffInput } from '@yimen/shared/identity';
import { api } from './client.ts';
import type { Department, Page, Staff } from './types.ts';

export interface StaffQuery {
  q?: string;
  role?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

/** A new staff account and the changes to one, as the server's contract takes them. */
export type NewStaff = CreateStaffInput;
export type StaffChanges = UpdateStaffInput;

/** Query keys of staff administration and of the department list (short, rarely changing, read by many forms). */
export const staffKeys = {
  all: ['staff'] as const,
  list: (query: StaffQuery) => ['staff', 'list', query] as const,
  departments: () => ['departments'] as const,
};

export const listStaff = (query: StaffQuery, signal?: AbortSignal) =>
  api.get<Page<Staff>>('/api/v1/admin/staff', { ...query }, signal);

export const createStaff = (input: NewStaff) =>
  api.post<{ staff: Staff }>('/api/v1/admin/staff', input).then((r) => r.staff);

/** The answer's body is not relied on: the table reloads after a change. */
export const updateStaff = (id: string, changes: StaffChanges) =>
  api.patch<unknown>(`/api/v1/admin/staff/${encodeURIComponent(id)}`, changes);

export const listDepartments = (signal?: AbortSignal) =>
  api.get<{ departments: Department[] }>('/api/v1/departments', undefined, signal).then((r) => r.departments);

/** The department list: short and rarely changed, so one read serves the whole visit. */
export const departmentsQuery = () =>
  queryOptions({
    queryKey: staffKeys.departments(),
    queryFn: ({ signal }) => listDepartments(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
