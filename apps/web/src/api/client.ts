/** One field problem as the API reports it; `path` is like "body.username" or "username". */
export interface ApiErrorDetail {
  path: string;
  message: string;
}

interface ErrorBody {
  code: string;
  message: string;
  details: ApiErrorDetail[];
  data?: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The API's error body `{code, message, details?, data?}`, or null for anything else (a proxy's HTML page, …). */
export function parseErrorBody(body: unknown): ErrorBody | null {
  if (!isRecord(body) || typeof body.code !== 'string' || typeof body.message !== 'string') return null;
  const details = body.details === undefined ? [] : body.details;
  if (!Array.isArray(details) || !details.every((d) => isRecord(d) && typeof d.path === 'string' && typeof d.message === 'string')) return null;
  if (body.data !== undefined && !isRecord(body.data)) return null;
  return { code: body.code, message: body.message, details: details as ApiErrorDetail[], ...(body.data ? { data: body.data } : {}) };
}

/** Every non-2xx answer becomes one of these. `status` 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly data: Record<string, unknown> | undefined = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isBreakGlass(): boolean {
    return this.status === 403 && this.code === 'BREAK_GLASS_REQUIRED';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

let csrfToken: string | null = null;

/** The session hands us a CSRF token; every non-GET request sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `/api/x?a=1` leaving out empty values. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  const parsed = parseErrorBody(body);
  if (parsed) return new ApiError(res.status, parsed.code, parsed.message, parsed.details, parsed.data);
  return new ApiError(res.status, res.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_' + res.status, res.statusText || `Request failed (${res.status})`);
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body; // the browser sets the multipart boundary
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', (e as Error)?.message || 'Network error');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
};

/** Lists come as `{items:[…]}`; a few older shapes answer a bare array. Accept both. */
export function itemsOf<T>(x: { items?: T[] } | T[] | null | undefined): T[] {
  if (!x) return [];
  if (Array.isArray(x)) return x;
  return x.items ?? [];
}
