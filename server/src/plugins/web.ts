import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../http.ts';
import { httpErrors } from './http.errors.ts';

/**
 * Serves the built web client at / with history-API fallback: any GET that is not an API path and not a file
 * returns index.html, so deep links like /admin/staff work after a reload.
 */
export async function registerWeb(app: App): Promise<void> {
  const dist = app.config.webDist;
  const hasWeb = existsSync(join(dist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  } else {
    app.log.warn(`web client not built (${dist} missing): run "npm run build"`);
  }
  app.setNotFoundHandler((req, reply) => {
    const apiPath = /^\/(api|open311|docs|openapi\.json|healthz|readyz)(\/|$|\?)/.test(req.url);
    // Only page routes fall back to the client; a missing file (/assets/x.js) is a 404, not HTML.
    const isFile = /\.[a-z0-9]+$/i.test(req.url.split('?')[0] ?? '');
    if (hasWeb && req.method === 'GET' && !apiPath && !isFile) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    throw httpErrors.noSuchEndpoint({ method: req.method, path: req.url.split('?')[0] ?? '' });
  });
}
