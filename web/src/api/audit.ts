import type { AuditQuery as AuditQueryT } from '@yimen/shared/audit';
import { api } from './client.ts';
import type { AuditEntry, Page } from './types.ts';

export type AuditQuery = Omit<AuditQueryT, 'outcome' | 'targetId'> & { outcome?: string };

export const listAudit = (query: AuditQuery) => api.get<Page<AuditEntry>>('/api/v1/audit', { ...query });
