import type { AuditQuery as AuditQueryT } from '@yimen/shared/audit';
import { api } from './client.ts';
import type { AuditEntry, Page } from './types.ts';

export type AuditQuery = Omit<AuditQueryT, 'outcome' | 'targetId'> & { outcome?: string };

/** Query keys of the audit log, one per filter and page. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => ['audit', 'list', query] as const,
};

export const listAudit = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<Page<AuditEntry>>('/api/v1/audit', { ...query }, signal);
