import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { AuditItem, AuditQuery } from './audit.schemas.ts';
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
        response: {
          200: Type.Object({ items: Type.Array(AuditItem), total: Type.Integer() }),
          ...errorResponses,
        },
      },
    },
    async (req) => searchAudit(app.db, req.ctx, req.query),
  );
}
