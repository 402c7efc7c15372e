import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError, defineErrors, errorCatalogue } from '../errors.ts';
import type { App } from '../http.ts';
import { localize, registerErrorHandling } from './errors.ts';

describe('error message language', () => {
  const both = '请先登录 / Please sign in first.';
  it('answers in the language the client asks for, and in both when it asks for none', () => {
    expect(localize(both, 'zh-CN,zh;q=0.9')).toBe('请先登录');
    expect(localize(both, 'en-US')).toBe('Please sign in first.');
    expect(localize(both, undefined)).toBe(both);
    expect(localize(both, 'fr')).toBe(both);
  });
  it('leaves single-language messages and slashes inside English alone', () => {
    expect(localize('lng must be a number / or a string', 'zh-CN')).toBe(
      'lng must be a number / or a string',
    );
  });
});

describe('named errors', () => {
  const errors = defineErrors('errors-test', {
    stale: {
      code: 'conflict',
      zh: '办件已更新到第 {version} 版，请刷新后重试',
      en: 'The case is now at version {version}; reload and try again.',
      field: 'version',
    },
    gone: { code: 'not_found', zh: '未找到该办件', en: 'Case not found.' },
  });

  it('fills placeholders in both languages and keeps the status and field of the catalogue', () => {
    const e = errors.stale({ version: 4 });
    expect(e).toBeInstanceOf(AppError);
    expect(e.status).toBe(409);
    expect(e.field).toBe('version');
    expect(localize(e.message, 'zh-CN')).toBe('办件已更新到第 4 版，请刷新后重试');
    expect(localize(e.message, 'en-US')).toBe('The case is now at version 4; reload and try again.');
    expect(errors.gone({ field: 'caseId' }).field).toBe('caseId');
  });

  it('lists every entry once in the catalogue', () => {
    expect(errorCatalogue().get('errors-test.gone')?.code).toBe('not_found');
    expect(() =>
      defineErrors('errors-test', { gone: { code: 'conflict', zh: '另一个', en: 'Another' } }),
    ).toThrow(/defined twice/);
  });
});

describe('internal errors', () => {
  it('never show their message to the client', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app as unknown as App);
    app.get('/boom', async () => {
      throw new AppError('internal', 'connection to 10.0.0.7 refused: password for yimen_rw');
    });
    const res = await app.inject({ method: 'GET', url: '/boom', headers: { 'accept-language': 'en-US' } });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toContain('10.0.0.7');
    expect(res.json().error.message).toMatch(/correlation id/);
  });
});
