import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { errorResponse, errorResponses } from '@yimen/shared/common';
import type { App } from '../http.ts';

/**
 * Every API operation can be refused with the standard statuses and can fail with 500, all in the one error body:
 * a route's schema lists what is particular to it (its answers, 409, 413, 429 …) and gets these here, so the
 * document lists them for every operation. Routes outside /api (health, Open311) keep their own error formats and
 * get only the 500 when they do not name one.
 */
function withStandardErrors(url: string, response: Record<string, unknown> | undefined) {
  const standard = url.startsWith('/api/')
    ? { ...errorResponses, 500: errorResponse }
    : { 500: errorResponse };
  return { ...standard, ...response };
}

/** OpenAPI 3.1 built from the route schemas, served at /openapi.json and browsable at /docs. */
export async function registerDocs(app: App): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    route.schema = {
      ...route.schema,
      response: withStandardErrors(route.url, route.schema?.response as Record<string, unknown> | undefined),
    };
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yimen API',
        version: '0.1.0',
        description:
          '一门 — one-window government service, city governance, trust and data. Errors always have the shape ' +
          '{error: {code, message, field?, details?, correlationId}} (schema ErrorBody), except on the Open311 routes, which ' +
          'answer errors in the GeoReport format. Cookie sessions must send the x-csrf-token header on changes.',
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
