import { api } from './client.ts';
import type { Department, Page, Staff } from './types.ts';

export interface StaffQuery {
  q?: string;
  role?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

export interface NewStaff {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  departmentId: string;
  jurisdictionCode: string;
}

export type StaffChanges = Partial<Omit<NewStaff, 'username'> & { active: boolean }>;

export const listStaff = (query: StaffQuery) => api.get<Page<Staff>>('/api/v1/admin/staff', { ...query });

export const createStaff = (input: NewStaff) =>
  api.post<{ staff: Staff }>('/api/v1/admin/staff', input).then((r) => r.staff);

/** The answer's body is not relied on: the table reloads after a change. */
export const updateStaff = (id: string, changes: StaffChanges) =>
  api.patch<unknown>(`/api/v1/admin/staff/${encodeURIComponent(id)}`, changes);

export const listDepartments = () =>
  api.get<{ departments: Department[] }>('/api/v1/departments').then((r) => r.departments);
