import { HealthStatus, NotReady } from '@yimen/shared/health';
import { checkDatabaseReady } from '../../db/readiness.ts';
import type { App } from '../../http.ts';

export default async function healthRoutes(app: App): Promise<void> {
  app.get(
    '/healthz',
    {
      logLevel: 'warn',
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: HealthStatus } },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      logLevel: 'warn',
      schema: {
        tags: ['health'],
        summary: 'The database answers',
        response: {
          200: HealthStatus,
          503: NotReady,
        },
      },
    },
    async (_req, reply) => {
      try {
        await checkDatabaseReady(app.db);
        return { status: 'ready' };
      } catch (err) {
        app.log.error({ err }, 'readiness check failed');
        return reply.status(503).send({ status: 'unavailable', reason: 'database unreachable' });
      }
    },
  );
}
