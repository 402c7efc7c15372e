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

/** Query keys of the audit log, one per filter and page. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => ['audit', 'list', query] as const,
};

export const listAudit = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<Page<AuditEntry>>('/api/v1/audit', { ...query }, signal);
