import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

const SENSITIVE_PARAMS = /([?&](?:idNumber|phone|code|password|token)=)[^&#]*/gi;
// Any run of 15–18 ID-number characters, wherever it appears in a path.
const ID_LIKE = /\d{14}[\dXx]{1,4}/g;

/** URLs go to the log without ID numbers, phone numbers or codes (PIPL: ID numbers are never logged). */
export function redactUrl(url: string): string {
  return url.replace(SENSITIVE_PARAMS, '$1[redacted]').replace(ID_LIKE, '[redacted]');
}

export function registerLogging(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        ip: req.ip,
      }),
    },
  };
}
