import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, halves } from '../errors.ts';
import type { App } from '../http.ts';
import { recordAudit } from '../modules/audit/audit.repo.ts';
import { httpErrors } from './http.errors.ts';

const DENIALS: ReadonlySet<ErrorCode> = new Set(['forbidden', 'out_of_jurisdiction', 'csrf_failed']);
/** Sign-in keeps its own records of failures and throttling; everything else refused on a change is audited. */
const SELF_AUDITED: ReadonlySet<ErrorCode> = new Set(['invalid_credentials', 'rate_limited']);
const CHANGES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Details a person can act on (what is missing, what blocks): sent with these refusals. */
const SHOWN_DETAILS: ReadonlySet<number> = new Set([400, 409, 413, 422]);

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
  const opts = field === undefined ? {} : { field };
  if (first.keyword === 'required') return httpErrors.missingField({ field: String(field), where }, opts);
  if (first.keyword === 'additionalProperties')
    return httpErrors.unknownField({ field: String(field), where }, opts);
  return httpErrors.invalidField({ field: field ?? where, problem: first.message ?? 'is invalid' }, opts);
}

/** Maps anything thrown to the one error format, so clients never see two shapes. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as FastifyError;
  if (e?.validation) return describeValidation(e);
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return httpErrors.bodyTooLarge();
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return httpErrors.invalidJson();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return httpErrors.notJson();
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return httpErrors.contentLengthMismatch();
  }
  if (e instanceof SyntaxError && e.message.includes('JSON')) return httpErrors.invalidJson();
  if (e?.statusCode === 429) return httpErrors.tooManyRequests();
  return null;
}

async function auditRefusal(app: App, req: FastifyRequest, err: AppError): Promise<void> {
  try {
    await recordAudit(app.db, req.ctx, {
      action: `${req.method} ${req.routeOptions.url ?? req.url}`,
      targetType: 'route',
      targetId: req.url.split('?')[0] ?? req.url,
      outcome: DENIALS.has(err.code) ? 'denied' : 'failure',
      details: { code: err.code, reason: err.message, ...(err.details ?? {}) },
    });
  } catch (auditErr) {
    req.log.error({ err: auditErr }, 'could not record a denial in the audit trail');
  }
}

/**
 * Picks the language of a "中文 / English" message: Chinese for zh clients, English for en clients, both when the
 * client states no preference (API integrations). Messages without the two parts pass through.
 */
export function localize(message: string, acceptLanguage: string | undefined): string {
  const { zh, en } = halves(message);
  if (zh === message || !acceptLanguage || !/[\u4e00-\u9fff]/.test(zh)) return message;
  const lang = acceptLanguage.trim().toLowerCase();
  if (lang.startsWith('zh')) return zh;
  if (lang.startsWith('en')) return en;
  return message;
}

export function registerErrorHandling(app: App): void {
  app.setErrorHandler(async (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const known = toAppError(err);
    // What went wrong inside stays in the log: the client learns only that it did, and the id to quote.
    if (!known || known.code === 'internal') {
      req.log.error({ err }, known ? known.message : 'unhandled error');
      return reply.status(500).send({
        error: {
          code: 'internal',
          message: localize(httpErrors.internal().message, req.headers['accept-language']),
          correlationId: req.id,
        },
      });
    }
    // A refused change leaves a trace (who tried what, and why it was refused); refused reads only when denied.
    const refusedChange = CHANGES.has(req.method) && known.status < 500 && !SELF_AUDITED.has(known.code);
    if (req.ctx && (DENIALS.has(known.code) || refusedChange)) await auditRefusal(app, req, known);
    if (known.status >= 500) req.log.error({ err }, known.message);
    return reply.status(known.status).send({
      error: {
        code: known.code,
        message: localize(known.message, req.headers['accept-language']),
        ...(known.field ? { field: known.field } : {}),
        ...(known.details && SHOWN_DETAILS.has(known.status) ? { details: known.details } : {}),
        correlationId: req.id,
      },
    });
  });
}
