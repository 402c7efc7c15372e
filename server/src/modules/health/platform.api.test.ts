import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('platform endpoints', () => {
  it('reports liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('publishes OpenAPI 3.1 and a browsable /docs', async () => {
    const spec = (await t.app.inject('/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/admin/staff',
        '/api/v1/geo/locate',
        '/api/v1/audit',
      ]),
    );
    const docs = await t.app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('answers unknown API paths in the one error format', async () => {
    const res = await t.app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found' });
    expect(res.json().error.correlationId).toBeTruthy();
  });

  it('asks anonymous callers to sign in, in their language', async () => {
    const res = await t.app.inject('/api/v1/departments');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    const zh = await t.app.inject({ url: '/api/v1/departments', headers: { 'accept-language': 'zh-CN' } });
    expect(zh.json().error.message).toBe('请先登录');
    const en = await t.app.inject({ url: '/api/v1/departments', headers: { 'accept-language': 'en-US' } });
    expect(en.json().error.message).toBe('Please sign in first.');
  });

  it('answers a missing static file with 404, not the page', async () => {
    const res = await t.app.inject('/assets/no-such-file.js');
    expect(res.statusCode).toBe(404);
  });

  it('reports not ready, without crashing, when the database is gone', async () => {
    const broken = await buildTestApp();
    await broken.db.close();
    const res = await broken.app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable' });
    expect((await broken.app.inject('/healthz')).statusCode).toBe(200);
    await broken.app.close();
  });
});
