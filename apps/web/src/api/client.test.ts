import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, parseErrorBody, setCsrfToken, withQuery } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function stub(status: number, body: unknown) {
  const f = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', f);
  return f;
}

describe('api client', () => {
  it('parses the error format into a typed ApiError', async () => {
    stub(403, { code: 'BREAK_GLASS_REQUIRED', message: 'Restricted', details: [{ path: 'params.id', message: 'x' }], data: { reason: 'outside_scope' } });
    const e = await api.get('/api/cases/1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    const err = e as ApiError;
    expect([err.status, err.code, err.message, err.isBreakGlass, err.data?.reason]).toEqual([403, 'BREAK_GLASS_REQUIRED', 'Restricted', true, 'outside_scope']);
    expect(err.details).toEqual([{ path: 'params.id', message: 'x' }]);
  });

  it('copes with a non-JSON error body', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    await expect(api.get('/api/x')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('accepts only the API error shape (no schema library in the bundle)', () => {
    expect(parseErrorBody({ code: 'NOT_FOUND', message: 'No such case' })).toEqual({ code: 'NOT_FOUND', message: 'No such case', details: [] });
    expect(parseErrorBody({ code: 'X', message: 'm', details: [{ path: 'a', message: 'b' }], data: { n: 1 } })).toEqual({ code: 'X', message: 'm', details: [{ path: 'a', message: 'b' }], data: { n: 1 } });
    expect(parseErrorBody({ statusCode: 500, error: 'Internal Server Error' })).toBeNull();
    expect(parseErrorBody({ code: 'X', message: 'm', details: [{ path: 1, message: 'b' }] })).toBeNull();
    expect(parseErrorBody({ code: 'X', message: 'm', details: 'oops' })).toBeNull();
    expect(parseErrorBody({ code: 'X', message: 'm', data: [1] })).toBeNull();
    expect(parseErrorBody(null)).toBeNull();
    expect(parseErrorBody('text')).toBeNull();
  });

  it('sends the CSRF token on writes only, with same-origin credentials', async () => {
    setCsrfToken('tok');
    const f = stub(200, { ok: true });
    await api.get('/api/a');
    await api.post('/api/b', { x: 1 });
    const [, getInit] = f.mock.calls[0]!;
    const [, postInit] = f.mock.calls[1]!;
    expect((getInit!.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((postInit!.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect(postInit!.credentials).toBe('same-origin');
    expect(postInit!.body).toBe('{"x":1}');
  });

  it('leaves empty query values out', () => {
    expect(withQuery('/api/cases', { scope: 'mine', q: '', cursor: undefined, status: 'open' })).toBe('/api/cases?scope=mine&status=open');
  });

  it('turns a network failure into code NETWORK', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(api.get('/api/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
