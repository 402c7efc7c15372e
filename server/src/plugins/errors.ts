import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';
import type { App } from '../http.ts';
import { recordAudit } from '../modules/audit/audit.repo.ts';

const DENIALS: ReadonlySet<ErrorCode> = new Set(['forbidden', 'out_of_jurisdiction', 'csrf_failed']);

interface ValidationItem {
  instancePath?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
  message?: string;
  keyword?: string;
}

/** Names the input field an Ajv validation error is about, e.g. body/jurisdictionCode → "jurisdictionCode". */
function fieldOf(v: ValidationItem): string | undefined {
  const path = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const extra = v.params?.missingProperty ?? v.params?.additionalProperty;
  if (extra) return path ? `${path}.${extra}` : extra;
  return path || undefined;
}

function describeValidation(err: FastifyError): AppError {
  const first = (err.validation?.[0] ?? {}) as ValidationItem;
  const field = fieldOf(first);
  const where = err.validationContext ?? 'body';
  let message: string;
  if (first.keyword === 'required') message = `Missing required field "${field}" in the ${where}.`;
  else if (first.keyword === 'additionalProperties')
    message = `Unknown field "${field}" in the ${where}; remove it.`;
  else message = `Field "${field ?? where}" ${first.message ?? 'is invalid'}.`;
  return new AppError('validation_failed', message, field);
}

/** Maps anything thrown to the one error format, so clients never see two shapes. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as FastifyError;
  if (e?.validation) return describeValidation(e);
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large; send less data.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('validation_failed', 'Send the body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('validation_failed', 'The Content-Length header does not match the body.');
  }
  if (e instanceof SyntaxError && e.message.includes('JSON'))
    return new AppError('invalid_json', 'The request body is not valid JSON.');
  if (e?.statusCode === 429)
    return new AppError('rate_limited', 'Too many attempts; wait a minute and try again.');
  return null;
}

async function auditDenial(app: App, req: FastifyRequest, err: AppError): Promise<void> {
  try {
    await recordAudit(app.db, req.ctx, {
      action: `${req.method} ${req.routeOptions.url ?? req.url}`,
      targetType: 'route',
      targetId: req.url.split('?')[0] ?? req.url,
      outcome: 'denied',
      details: { code: err.code, reason: err.message, ...(err.details ?? {}) },
    });
  } catch (auditErr) {
    req.log.error({ err: auditErr }, 'could not record a denial in the audit trail');
  }
}

export function registerErrorHandling(app: App): void {
  app.setErrorHandler(async (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const known = toAppError(err);
    if (!known) {
      req.log.error({ err }, 'unhandled error');
      return reply.status(500).send({
        error: {
          code: 'internal',
          message: 'Something went wrong on our side. Quote the correlation id when you report it.',
          correlationId: req.id,
        },
      });
    }
    if (DENIALS.has(known.code) && req.ctx) await auditDenial(app, req, known);
    if (known.status >= 500) req.log.error({ err }, known.message);
    return reply.status(known.status).send({
      error: {
        code: known.code,
        message: known.message,
        ...(known.field ? { field: known.field } : {}),
        correlationId: req.id,
      },
    });
  });
}
