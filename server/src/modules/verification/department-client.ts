import type { AskBody } from './protocol.ts';

/** One attempt at `POST /v1/ask`, classified so the caller knows whether to try again. */
export type AttemptResult = { ok: true; jws: string } | AttemptFailure;

export interface AttemptFailure {
  ok: false;
  reason: 'timeout' | 'down' | 'error';
  /** Worth another attempt now: a timeout, a refused connection or a 5xx. A 4xx is our mistake. */
  retryable: boolean;
  detail: string;
  httpStatus?: number;
}

// Node's fetch (undici) reports a refused or reset connection as TypeError('fetch failed') with a coded cause.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

function classifyThrown(err: unknown): AttemptResult {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return { ok: false, reason: 'timeout', retryable: true, detail: 'no answer within the timeout' };
  }
  const code = e.cause?.code;
  if (code && NETWORK_CODES.has(code)) {
    return { ok: false, reason: 'down', retryable: true, detail: `connection failed (${code})` };
  }
  return {
    ok: false,
    reason: 'error',
    retryable: true,
    detail: e.cause?.message ?? e.message ?? String(err),
  };
}

/** A path under a base URL that may itself carry a path (a department behind a gateway). */
export const endpoint = (baseUrl: string, path: string): string => baseUrl.replace(/\/+$/, '') + path;

/**
 * Sends one question. The timeout covers the whole exchange, body included. The answer must be exactly
 * `{attestation: string}`: a department that sends anything more is leaking its records, and we refuse it.
 */
export async function postAsk(baseUrl: string, body: AskBody, timeoutMs: number): Promise<AttemptResult> {
  try {
    const res = await fetch(endpoint(baseUrl, '/v1/ask'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (res.status === 503) {
      return {
        ok: false,
        reason: 'down',
        retryable: true,
        detail: 'the system is down (503)',
        httpStatus: 503,
      };
    }
    if (!res.ok) {
      return {
        ok: false,
        reason: 'error',
        retryable: res.status >= 500,
        detail: `answered ${res.status}: ${text.slice(0, 300)}`,
        httpStatus: res.status,
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'error', retryable: false, detail: 'the answer is not JSON' };
    }
    const keys = typeof parsed === 'object' && parsed !== null ? Object.keys(parsed) : [];
    const jws = (parsed as { attestation?: unknown }).attestation;
    if (keys.length !== 1 || typeof jws !== 'string') {
      return {
        ok: false,
        reason: 'error',
        retryable: false,
        detail: 'the answer is not {attestation} alone',
      };
    }
    return { ok: true, jws };
  } catch (err) {
    return classifyThrown(err);
  }
}
