import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@hearth/server/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('signing in and sessions', () => {
  it('signs in, returns the user with role and permissions, and a CSRF token', async () => {
    const a = await t.login('cm1');
    const r = await a.get('/api/auth/session');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.user).toMatchObject({ username: 'cm1', roleCode: 'case_manager_1', level: 1, decisionsReviewed: true });
    expect(body.user.permissions).toContain('case.read');
    expect(body.csrfToken).toBe(a.csrfToken);
  });

  it('sets an HttpOnly, SameSite cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cm2', password: 'correct horse battery staple' } });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with 401 and no session', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'cm2', password: 'wrong' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after five failures, and an administrator unlocks it', async () => {
    const anon = t.anonymous();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await anon.post('/api/auth/login', { username: 'cm2south', password: 'nope' })).json().code);
    expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');
    const right = await anon.post('/api/auth/login', { username: 'cm2south', password: 'correct horse battery staple' });
    expect(right.statusCode).toBe(423);
    const admin = await t.login('sysadmin');
    expect((await admin.post(`/api/admin/users/${t.staff.cm2Other.id}/unlock`)).statusCode).toBe(204);
    expect((await anon.post('/api/auth/login', { username: 'cm2south', password: 'correct horse battery staple' })).statusCode).toBe(200);
  });

  it('requires the CSRF token on changes', async () => {
    const a = await t.login('sysadmin');
    const noToken = await a.inject({ method: 'POST', url: '/api/admin/units', payload: { code: 'X1', name: 'X' }, headers: { 'x-csrf-token': 'forged' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF');
  });

  it('ends the session at logout', async () => {
    const a = await t.login('cm2');
    expect((await a.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await a.get('/api/auth/session')).statusCode).toBe(401);
  });
});

describe('bad input never gives a 500', () => {
  it('answers malformed JSON with 400', async () => {
    const a = await t.login('sysadmin');
    const r = await a.inject({ method: 'POST', url: '/api/admin/units', payload: '{"code": ', headers: { 'content-type': 'application/json' } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION', details: [{ path: 'body' }] });
  });
  it('names the fields that are wrong, and refuses unknown fields', async () => {
    const a = await t.login('sysadmin');
    const r = await a.post('/api/admin/users', { username: 'x y', displayName: '', roleCode: 'supervisor', colour: 'red' });
    expect(r.statusCode).toBe(400);
    const paths = r.json().details.map((d: any) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.displayName']));
    expect(JSON.stringify(r.json().details)).toMatch(/colour/);
  });
  it('refuses an oversized body with 413', async () => {
    const a = await t.login('sysadmin');
    const r = await a.post('/api/admin/units', { code: 'BIG', name: 'x'.repeat(2 * 1024 * 1024) });
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('writes nothing when a change fails half-way', async () => {
    const a = await t.login('sysadmin');
    const r = await a.post('/api/admin/users', { username: 'halfway', displayName: 'Half Way', roleCode: 'case_manager_2', password: 'a long enough password', units: [{ unitId: '00000000-0000-4000-8000-000000000000', membership: 'member' }] });
    expect(r.statusCode).toBe(400);
    const users = (await a.get('/api/admin/users')).json().items.map((u: any) => u.username);
    expect(users).not.toContain('halfway');
  });
});

describe('administration', () => {
  it('creates a user who can then sign in, and audits it', async () => {
    const admin = await t.login('sysadmin');
    const r = await admin.post('/api/admin/users', { username: 'newbie', displayName: 'New Worker', roleCode: 'case_manager_2', password: 'a long enough password', units: [{ unitId: t.units.north, membership: 'member' }] });
    expect(r.statusCode).toBe(201);
    const login = await t.anonymous().post('/api/auth/login', { username: 'newbie', password: 'a long enough password' });
    expect(login.statusCode).toBe(200);
    const auditor = await t.login('auditor');
    const events = (await auditor.get(`/api/audit/events?action=user.created`)).json().items;
    expect(events[0]).toMatchObject({ entityId: r.json().id, actorName: 'Ada Admin' });
    expect(JSON.stringify(events[0].after)).not.toContain('a long enough password');
  });
  it('keeps permissions as data: removing one takes effect at once', async () => {
    const admin = await t.login('sysadmin');
    const roles = (await admin.get('/api/admin/roles')).json().roles;
    const auditorRole = roles.find((r: any) => r.code === 'auditor');
    const auditor = await t.login('auditor');
    expect((await auditor.get('/api/audit/access')).statusCode).toBe(200);
    await admin.put('/api/admin/roles/auditor/permissions', { permissions: auditorRole.permissions.filter((p: string) => p !== 'audit.read') });
    expect((await auditor.get('/api/audit/access')).statusCode).toBe(403);
    await admin.put('/api/admin/roles/auditor/permissions', { permissions: auditorRole.permissions });
    expect((await auditor.get('/api/audit/access')).statusCode).toBe(200);
  });
});
