import type { FastifyRequest } from 'fastify';
import type { App } from '../http.ts';
import { withAgentAuthorizations } from '../modules/enterprise-agents/agent-actor.ts';
import { findSessionUser, findTokenUser, toActor } from '../modules/identity/identity.repo.ts';
import { sha256 } from '../modules/identity/secrets.ts';
import { httpErrors } from './http.errors.ts';

export const SESSION_COOKIE = 'yimen_session';
export const CSRF_COOKIE = 'yimen_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is asking — an API token (Authorization: Bearer) or a session cookie — into req.ctx.
 * Cookie-authenticated mutations must echo the session's CSRF token in a header (double submit);
 * token-authenticated calls carry no ambient credentials and need none.
 */
export function registerAuth(app: App): void {
  app.decorateRequest('ctx', null as unknown as FastifyRequest['ctx']);
  app.addHook('onRequest', async (req) => {
    req.ctx = { actor: null, ip: req.ip, correlationId: req.id, districtCode: app.config.districtCode };
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/open311/')) return;

    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const user = await findTokenUser(app.db, sha256(bearer));
      if (!user) throw httpErrors.unknownToken();
      req.ctx.actor = toActor(user, 'token');
      return;
    }

    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const found = await findSessionUser(app.db, sha256(cookie));
    if (!found) return; // expired or signed out: treated as anonymous; routes that need a user answer 401
    req.ctx.actor = await withAgentAuthorizations(app.db, toActor(found.user, 'session'), found.user.phone);
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== found.csrfToken) {
      throw httpErrors.csrfFailed({ header: CSRF_HEADER, cookie: CSRF_COOKIE });
    }
  });
}
