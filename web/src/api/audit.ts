import { api } from './client.ts';
import type { AuditEntry, Page } from './types.ts';

export interface AuditQuery {
  actor?: string;
  action?: string;
  outcome?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const listAudit = (query: AuditQuery) => api.get<Page<AuditEntry>>('/api/v1/audit', { ...query });
