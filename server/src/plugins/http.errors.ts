import { defineErrors } from '../errors.ts';

/**
 * The refusals of the HTTP layer itself: requests the framework could not take, paths that do not exist, credentials
 * the auth plugin cannot accept.
 */
export const httpErrors = defineErrors('http', {
  missingField: {
    code: 'validation_failed',
    zh: '缺少必填字段 "{field}"',
    en: 'Missing required field "{field}" in the {where}.',
  },
  unknownField: {
    code: 'validation_failed',
    zh: '不接受字段 "{field}"，请删除',
    en: 'Unknown field "{field}" in the {where}; remove it.',
  },
  invalidField: {
    code: 'validation_failed',
    zh: '字段 "{field}" 格式不正确',
    en: 'Field "{field}" {problem}.',
  },
  bodyTooLarge: {
    code: 'payload_too_large',
    zh: '请求内容过大',
    en: 'The request body is too large; send less data.',
  },
  invalidJson: {
    code: 'invalid_json',
    zh: '请求内容不是有效的 JSON',
    en: 'The request body is not valid JSON.',
  },
  notJson: {
    code: 'validation_failed',
    zh: '请以 application/json 格式发送',
    en: 'Send the body as application/json.',
  },
  contentLengthMismatch: {
    code: 'validation_failed',
    zh: 'Content-Length 请求头与请求内容不符',
    en: 'The Content-Length header does not match the body.',
  },
  tooManyRequests: {
    code: 'rate_limited',
    zh: '请求过于频繁，请一分钟后再试',
    en: 'Too many requests; wait a minute and try again.',
  },
  unknownToken: {
    code: 'unauthenticated',
    zh: 'API 令牌不存在、已过期或已吊销',
    en: 'The API token is unknown, expired or revoked.',
  },
  csrfFailed: {
    code: 'csrf_failed',
    zh: '缺少或错误的 {header} 请求头：每次修改都须带上 {cookie} Cookie 的值',
    en: 'Missing or wrong {header} header: send the value of the {cookie} cookie with every change.',
  },
  /** What a client learns of an internal error: only that it happened, and the id to quote. */
  internal: {
    code: 'internal',
    zh: '系统内部错误，请联系管理员并提供关联编号',
    en: 'Something went wrong on our side. Quote the correlation id when you report it.',
  },
  noSuchEndpoint: { code: 'not_found', zh: '没有这个接口', en: 'No such endpoint: {method} {path}' },
});
