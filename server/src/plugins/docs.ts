import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../http.ts';

/** OpenAPI 3.1 built from the route schemas, served at /openapi.json and browsable at /docs. */
export async function registerDocs(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yimen API',
        version: '0.1.0',
        description:
          '一门 — one-window government service, city governance, trust and data. Errors always have the shape ' +
          '{error: {code, message, field?, correlationId}}. Cookie sessions must send the x-csrf-token header on changes.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yimen_session' },
          token: { type: 'http', scheme: 'bearer', description: 'API token for system integrations (ymt_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
