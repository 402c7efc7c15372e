import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';

/** How long a browser or proxy may reuse a public guide or search answer before asking again (seconds). */
const PUBLIC_MAX_AGE = 300;

/** The answers a public catalogue route may give besides its 200: the shared errors, 304 (ETag) and 429. */
export const publicResponses = { ...errorResponses, 304: Type.Null(), 429: Type.Ref('ErrorBody') };

/**
 * The rate limit of the public catalogue routes: anonymous callers are counted per address; signed-in staff
 * (a whole service centre may share one address) are not limited here.
 */
export const publicRateLimit = (app: App) => ({
  max: app.config.publicRateLimit,
  timeWindow: '1 minute',
  allowList: (req: FastifyRequest) => req.ctx?.actor != null,
});

/**
 * Sets the caching headers for an answer whose bytes are `content`: an ETag that is their hash, public caching for
 * a few minutes when anonymous (a signed-in caller may see more — retired items, drafts — so theirs are private and
 * revalidated every time). True when the caller holds this version already (If-None-Match) and 304 was sent.
 */
function answeredFromCache(req: FastifyRequest, reply: FastifyReply, content: string | Buffer): boolean {
  const etag = `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag);
  reply.header('vary', 'Cookie, Authorization');
  reply.header(
    'cache-control',
    req.ctx.actor ? 'private, no-cache' : `public, max-age=${PUBLIC_MAX_AGE}, must-revalidate`,
  );
  const held = req.headers['if-none-match'];
  if (!held?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return false;
  reply.code(304).send();
  return true;
}

/** A JSON answer with its ETag: 304 without the body when the caller holds the same version. */
export function withEtag<T>(req: FastifyRequest, reply: FastifyReply, body: T): T | FastifyReply {
  return answeredFromCache(req, reply, JSON.stringify(body)) ? reply : body;
}

/** The same for a file (a blank form): the reply when 304 was sent, else null and the caller sends the bytes. */
export function withFileEtag(req: FastifyRequest, reply: FastifyReply, bytes: Buffer): FastifyReply | null {
  return answeredFromCache(req, reply, bytes) ? reply : null;
}
