import { Type } from 'typebox';
import { checkDatabaseReady } from '../../db/readiness.ts';
import type { App } from '../../http.ts';

const Status = Type.Object({ status: Type.String() });

export default async function healthRoutes(app: App): Promise<void> {
  app.get(
    '/healthz',
    {
      logLevel: 'warn',
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: Status } },
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
          200: Status,
          503: Type.Object({ status: Type.String(), reason: Type.String() }, { description: 'Not ready' }),
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
