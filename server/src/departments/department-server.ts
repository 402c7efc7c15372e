import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AskBodySchema, AskResponseSchema, ErrorSchema, FaultsSchema } from '@yimen/shared/departments';
import Fastify, { type FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import {
  type AskBody,
  ATTESTATION_LIFETIME_S,
  ATTESTATION_TYP,
  type AttestationClaims,
  DEPARTMENT_SYSTEMS,
  isRelationPredicate,
  RELATION_PREDICATES,
  requestHash,
  type SystemId,
  subjectHash,
} from '../modules/verification/protocol.ts';
import { type Faults, mergeFaults, NO_FAULTS } from './faults.ts';
import { InvalidSubject, type Registry } from './registry.ts';
import type { SigningKey } from './signing-key.ts';

export interface DepartmentServerOptions {
  system: SystemId;
  registry: Registry;
  key: SigningKey;
  faults?: Partial<Faults>;
  /** Exposes POST /v1/admin/faults (tests and demos only). */
  allowFaults?: boolean;
  now?: () => Date;
  /** Fastify logger setting; off by default (tests). */
  logger?: boolean | { level: string };
}

export interface DepartmentServer {
  app: FastifyInstance;
  faults(): Faults;
  setFaults(update: Partial<Faults>): Faults;
}

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/**
 * One department system as its own Fastify instance: `POST /v1/ask` answers one predicate about one subject
 * with a signed attestation, `GET /v1/jwks` publishes the verification key, `GET /healthz` says it is up.
 */
export function buildDepartmentServer(opts: DepartmentServerOptions): DepartmentServer {
  const { system, registry, key } = opts;
  const meta = DEPARTMENT_SYSTEMS[system];
  const now = opts.now ?? (() => new Date());
  let faults = mergeFaults(NO_FAULTS, opts.faults ?? {});
  // Aborted on close so that a request held by injected latency does not keep the process alive.
  const closing = new AbortController();

  const app = Fastify({
    logger: opts.logger ?? false,
    // Sockets held open by a slow answer would otherwise make close() wait for them.
    forceCloseConnections: true,
    bodyLimit: 16 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
  });
  app.addHook('onClose', async () => closing.abort());
  app.setErrorHandler((err: { statusCode?: number; validation?: unknown; message: string }, req, reply) => {
    if (err.validation) return reply.status(400).send(errorBody('validation_failed', err.message));
    if (err.statusCode && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody('bad_request', err.message));
    }
    req.log.error({ err }, 'department system error');
    return reply.status(500).send(errorBody('internal', 'internal error'));
  });
  // A department "down for maintenance" answers nothing but 503, except to the fault switch itself.
  app.addHook('onRequest', async (req, reply) => {
    if (faults.down && !req.url.startsWith('/v1/admin/')) {
      return reply.status(503).send(errorBody('unavailable', `${meta.issuer} is down`));
    }
  });

  app.get('/healthz', async () => ({ status: 'ok', system: meta.issuer }));
  app.get('/v1/jwks', async () => ({ keys: [key.publicJwk] }));

  app.post<{ Body: AskBody }>(
    '/v1/ask',
    { schema: { body: AskBodySchema, response: { 200: AskResponseSchema, '4xx': ErrorSchema } } },
    async (req, reply) => {
      const body = req.body;
      if (faults.latencyMs > 0) await sleep(faults.latencyMs, undefined, { signal: closing.signal });
      if (faults.failRate > 0 && Math.random() < faults.failRate) {
        return reply.status(500).send(errorBody('internal', 'injected failure'));
      }
      const relation = isRelationPredicate(body.predicate) ? RELATION_PREDICATES[body.predicate] : null;
      if (relation?.system !== system && !(meta.predicates as readonly string[]).includes(body.predicate)) {
        const known = meta.predicates.join(', ');
        return reply
          .status(400)
          .send(errorBody('unknown_predicate', `${meta.issuer} answers only: ${known}`));
      }
      let result: ReturnType<Registry['answer']>;
      try {
        if (relation && body.about?.type !== relation.aboutType)
          throw new InvalidSubject(`${body.predicate} asks about a ${relation.aboutType} (field about)`);
        result = registry.answer(body.predicate, body.subject, body.about);
      } catch (err) {
        if (err instanceof InvalidSubject)
          return reply.status(400).send(errorBody('invalid_subject', err.message));
        throw err;
      }
      const iat = Math.floor(now().getTime() / 1000);
      const claims: AttestationClaims = {
        iss: meta.issuer,
        sub: subjectHash(body.subject, body.nonce),
        subjectType: body.subject.type,
        predicate: body.predicate,
        answer: result.answer,
        ...(result.reason ? { reason: result.reason } : {}),
        caseRef: body.caseRef,
        official: { id: body.official.id, name: body.official.name },
        iat,
        exp: iat + ATTESTATION_LIFETIME_S,
        jti: randomUUID(),
        req: requestHash(body),
      };
      const attestation = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: ATTESTATION_TYP })
        .sign(key.privateKey);
      // The department's own record of who asked what for which case; the subject only as its salted hash.
      req.log.info(
        { caseRef: body.caseRef, official: body.official.id, predicate: body.predicate, jti: claims.jti },
        'answered',
      );
      return { attestation };
    },
  );

  if (opts.allowFaults) {
    app.get('/v1/admin/faults', async () => faults);
    app.post<{ Body: Partial<Faults> }>(
      '/v1/admin/faults',
      { schema: { body: FaultsSchema } },
      async (req) => {
        faults = mergeFaults(faults, req.body);
        return faults;
      },
    );
  }

  return {
    app,
    faults: () => faults,
    setFaults(update) {
      faults = mergeFaults(faults, update);
      return faults;
    },
  };
}
