import { randomBytes } from 'node:crypto';
import { loadConfig, memoryStorage, migrate, fixedClock, type Clock, type Database, inTransaction, SYSTEM_ACTOR } from '@hearth/platform';
import { ensureCatalog, seedStaff, TEST_PASSWORD, TEST_UNITS, TEST_USERS, SESSION_COOKIE } from '@hearth/identity';
import { buildServer, type HearthServer } from '../server.js';
import { createTestDatabase } from './test-database.js';

export type StaffKey = 'cm1' | 'cm2' | 'lead' | 'supervisor' | 'programManager' | 'auditor' | 'sysadmin' | 'cm2Other';

export interface TestResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json<T = any>(): T;
}

export interface Agent {
  csrfToken: string;
  get(url: string): Promise<TestResponse>;
  post(url: string, body?: unknown): Promise<TestResponse>;
  put(url: string, body?: unknown): Promise<TestResponse>;
  patch(url: string, body?: unknown): Promise<TestResponse>;
  delete(url: string): Promise<TestResponse>;
  /** Raw inject with the session cookie and CSRF header (for multipart uploads and the like). */
  inject(opts: { method: string; url: string; payload?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
}

export interface TestApp extends HearthServer {
  database: Database;
  staff: Record<StaffKey, { id: string; username: string; roleCode: string; unitIds: string[] }>;
  units: { north: string; south: string };
  login(who: StaffKey): Promise<Agent>;
  /** An agent with no session. */
  anonymous(): Agent;
  close(): Promise<void>;
}

/** A server on a fresh database with the test staff (two units, one user per kind of access). */
export async function createTestApp(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ HEARTH_DEMO: 'false', HEARTH_SECRET_KEY: randomBytes(32).toString('base64'), HEARTH_COOKIE_SECURE: 'false', HEARTH_LOG_LEVEL: 'silent', HEARTH_JOBS: 'false', HEARTH_LOGIN_ATTEMPTS_PER_MINUTE: '10000', ...opts.env });
  const seeded = await inTransaction(database, SYSTEM_ACTOR, async (uow) => {
    await ensureCatalog(uow.tx);
    return seedStaff(uow.tx, TEST_UNITS, TEST_USERS, TEST_PASSWORD);
  });
  const server = await buildServer({ config, database, clock: opts.clock, storage: memoryStorage(), serveWeb: false });
  await server.app.ready();

  function agent(cookie: string | null, csrfToken: string): Agent {
    const inject = async (o: { method: string; url: string; payload?: unknown; headers?: Record<string, string> }) => {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
      if (csrfToken && o.method !== 'GET' && !headers['x-csrf-token']) headers['x-csrf-token'] = csrfToken;
      const res = await server.app.inject({ method: o.method as any, url: o.url, payload: o.payload as any, headers });
      return { statusCode: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() };
    };
    return {
      csrfToken,
      inject,
      get: (url) => inject({ method: 'GET', url }),
      post: (url, body) => inject({ method: 'POST', url, payload: body ?? {} }),
      put: (url, body) => inject({ method: 'PUT', url, payload: body ?? {} }),
      patch: (url, body) => inject({ method: 'PATCH', url, payload: body ?? {} }),
      delete: (url) => inject({ method: 'DELETE', url }),
    };
  }

  return {
    ...server,
    database,
    staff: seeded.users as TestApp['staff'],
    units: seeded.units as TestApp['units'],
    async login(who) {
      const user = seeded.users[who];
      if (!user) throw new Error(`no test user ${who}`);
      const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${who} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      return agent(cookie, res.json().csrfToken);
    },
    anonymous: () => agent(null, ''),
    async close() {
      await server.app.close();
      await database.close();
    },
  };
}

export { fixedClock };
