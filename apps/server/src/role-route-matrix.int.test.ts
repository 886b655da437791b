import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CATALOG, PERMISSIONS, seedStaff, TEST_PASSWORD } from '@hearth/identity';
import { inTransaction, SYSTEM_ACTOR } from '@hearth/platform';
import { createTestApp, type TestApp } from './testing/index.js';

/**
 * Every route × every role: a role without the route's permission gets 403 FORBIDDEN; a role with it
 * never does; nobody signed out gets past a non-public route. A route without a permission cannot exist.
 */
let t: TestApp;
const ZERO = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  await inTransaction(t.database, SYSTEM_ACTOR, (uow) =>
    seedStaff(uow.tx, [{ key: 'matrix', code: 'MATRIX', name: 'Matrix unit' }],
      ROLE_CATALOG.map((r) => ({ key: r.code, username: `matrix.${r.code}`, displayName: r.name, roleCode: r.code, units: [{ unit: 'matrix', membership: 'member' as const }] })),
      TEST_PASSWORD));
});
afterAll(async () => t.close());

function concrete(url: string) {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => (/id$/i.test(name) ? ZERO : 'x'));
}

describe('role × route matrix', () => {
  it('refuses to register a route that declares no permission', async () => {
    expect(() => t.app.get('/api/unguarded', async () => 'x')).toThrow();
  });

  it('declares a known permission on every route', () => {
    const known = new Set([...Object.keys(PERMISSIONS), 'public', 'authenticated']);
    expect(t.app.hearthRoutes.length).toBeGreaterThan(10);
    for (const r of t.app.hearthRoutes) expect(known, `${r.method} ${r.url}`).toContain(r.permission);
  });

  it('lets nobody signed out past a non-public route', async () => {
    const anon = t.anonymous();
    for (const r of t.app.hearthRoutes.filter((x) => x.permission !== 'public')) {
      const res = await anon.inject({ method: r.method, url: concrete(r.url), payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('gives each role exactly the routes its permissions allow', async () => {
    for (const role of ROLE_CATALOG) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `matrix.${role.code}`, password: TEST_PASSWORD } });
      const cookie = res.cookies.find((c) => c.name === 'hearth_session')!.value;
      const csrf = res.json().csrfToken;
      for (const r of t.app.hearthRoutes.filter((x) => !['public', 'authenticated'].includes(x.permission))) {
        if (r.url === '/api/auth/logout') continue;
        const out = await t.app.inject({
          method: r.method as any,
          url: concrete(r.url),
          headers: { cookie: `hearth_session=${cookie}`, 'x-csrf-token': csrf },
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        const forbidden = out.statusCode === 403 && out.json().code === 'FORBIDDEN';
        const allowed = (role.permissions as string[]).includes(r.permission);
        expect(forbidden, `${role.code} ${r.method} ${r.url} → ${out.statusCode} ${out.body.slice(0, 120)}`).toBe(!allowed);
        expect(out.statusCode, `${role.code} ${r.method} ${r.url}`).toBeLessThan(500);
      }
    }
  });
});
