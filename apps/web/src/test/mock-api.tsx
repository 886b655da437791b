import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '../App';
import type { Lang, UserView } from '../api/types';
import { createQueryClient } from '../queryClient';
import { setCsrfToken } from '../api/client';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

type Reply = { status?: number; body?: unknown } | ((call: Call) => { status?: number; body?: unknown });
export type Routes = Record<string, Reply>;

/**
 * A fake API: keys are "METHOD /path" (exact path, no query). Unknown routes answer 404 in the API's error format,
 * so a test fails loudly when the UI calls something unexpected.
 */
export function mockApi(routes: Routes) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init.headers as Record<string, string>) ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    let body: unknown = init.body;
    if (typeof init.body === 'string') body = JSON.parse(init.body);
    const call: Call = { method, path: url.pathname, query: url.searchParams, body, headers };
    calls.push(call);
    const route = routes[`${method} ${url.pathname}`];
    const reply = typeof route === 'function' ? route(call) : route;
    if (!reply) return jsonResponse(404, { code: 'NOT_FOUND', message: `No route ${method} ${url.pathname}`, details: [] });
    return jsonResponse(reply.status ?? 200, reply.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, find: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) };
}

function jsonResponse(status: number, body: unknown): Response {
  if (status === 204 || body === undefined) return new Response(null, { status: status === 200 ? 204 : status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function user(overrides: Partial<UserView> = {}): UserView {
  return {
    id: 'u1',
    username: 'mrivera',
    displayName: 'Maria Rivera',
    roleCode: 'case_manager_2',
    roleName: 'Case Manager II',
    level: 2,
    decisionsReviewed: false,
    permissions: ['person.read', 'person.write', 'case.read', 'case.write', 'case.finalize', 'task.write', 'jobs.read'],
    unitIds: ['unit-1'],
    leadUnitIds: [],
    supervisorUnitIds: [],
    programCodes: [],
    preferredLanguage: 'en',
    ...overrides,
  };
}

export const session = (u: UserView = user()) => ({ body: { user: u, csrfToken: 'csrf-123' } });

export function renderApp(url: string, opts: { lang?: Lang } = {}) {
  setCsrfToken(null);
  window.history.replaceState(null, '', url);
  return render(<App queryClient={createQueryClient()} lang={opts.lang} />);
}
