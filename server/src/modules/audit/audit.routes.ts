import { AuditPage, AuditQuery } from '@yimen/shared/audit';
import { type App, errorResponses } from '../../http.ts';
import { searchAudit } from './audit.service.ts';

/** Supervisors and administrators search the trail; nothing here can change it (the table is append-only). */
export default async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail (newest first)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errorResponses },
      },
    },
    async (req) => searchAudit(app.db, req.ctx, req.query),
  );
}
