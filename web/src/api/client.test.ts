import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, buildUrl, onUnauthenticated } from './client.ts';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('document', { cookie: 'other=1; yimen_csrf=tok%2B1' });
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client', () => {
  it('leaves empty filters out of the query string', () => {
    expect(buildUrl('/api/v1/audit', { actor: '', outcome: 'denied', page: 1, to: undefined })).toBe(
      '/api/v1/audit?outcome=denied&page=1',
    );
  });

  it('sends the CSRF cookie back as a header on writes, not on reads', async () => {
    fetchMock.mockImplementation(async () => json(200, { ok: true }));
    await api.post('/api/v1/auth/logout');
    await api.get('/api/v1/auth/me');
    const [post, get] = fetchMock.mock.calls;
    expect((post![1]!.headers as Record<string, string>)['x-csrf-token']).toBe('tok+1');
    expect(post![1]!.credentials).toBe('same-origin');
    expect((get![1]!.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('uploads a multipart form with the CSRF header and no JSON content type', async () => {
    fetchMock.mockImplementation(async () => json(201, { file: { id: 'f-1' } }));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'a.pdf');
    await expect(api.upload('/api/v1/cases/c/materials/m/files', form)).resolves.toEqual({
      file: { id: 'f-1' },
    });
    const [, init] = fetchMock.mock.calls[0]!;
    const headers = init!.headers as Record<string, string>;
    expect(init!.method).toBe('POST');
    expect(init!.body).toBe(form);
    expect(headers['x-csrf-token']).toBe('tok+1');
    expect(headers['content-type']).toBeUndefined();
  });

  it('uploads a raw image with its own content type and the CSRF header', async () => {
    fetchMock.mockImplementation(async () => json(201, { photo: { id: 'p-1' } }));
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    await api.uploadRaw('/api/v1/gov/events/e/photos', photo, { stage: 'report' });
    const [url, init] = fetchMock.mock.calls[0]!;
    const headers = init!.headers as Record<string, string>;
    expect(url).toBe('/api/v1/gov/events/e/photos?stage=report');
    expect(init!.body).toBe(photo);
    expect(headers['content-type']).toBe('image/jpeg');
    expect(headers['x-csrf-token']).toBe('tok+1');
  });

  it('turns the error body into an ApiError with code, field and correlation id', async () => {
    fetchMock.mockResolvedValue(
      json(409, {
        error: { code: 'conflict', message: '用户名已被使用。', field: 'username', correlationId: 'c-1' },
      }),
    );
    const error = await api.post('/api/v1/admin/staff', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', field: 'username', correlationId: 'c-1' });
    expect((error as ApiError).message).toBe('用户名已被使用。');
  });

  it('keeps the details the server sends with a refusal', async () => {
    const problems = [{ id: 'bad_code', field: 'minors.3.code', message: '小类代码应为五位数字' }];
    fetchMock.mockResolvedValue(
      json(400, { error: { code: 'validation_failed', message: '有 1 处问题', details: { problems } } }),
    );
    const error = await api.put('/api/v1/gov/taxonomy', {}).catch((e: unknown) => e);
    expect((error as ApiError).details).toEqual({ problems });
  });

  it('tells listeners when the session is gone', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    fetchMock.mockResolvedValue(
      json(401, { error: { code: 'unauthenticated', message: 'Please sign in first.' } }),
    );
    await api.get('/api/v1/audit').catch(() => undefined);
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as network_error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(api.get('/api/v1/auth/me')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});
