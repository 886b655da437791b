import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '@hearth/server/testing';

// A fixed clock far from real time: everything the session reports must come from it.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2027-03-01T05:30:00.000Z') });
});
afterAll(async () => t.close());

describe('the session carries the agency day', () => {
  it('returns today from the injected clock at sign-in and on GET /api/auth/session', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'cm1', password: 'correct horse battery staple' });
    expect(res.statusCode).toBe(200);
    expect(res.json().today).toBe('2027-03-01');
    const a = await t.login('cm2');
    expect((await a.get('/api/auth/session')).json().today).toBe('2027-03-01');
  });

  it('stamps the sign-in audit event and the session with the injected clock', async () => {
    await t.login('lead');
    const auditor = await t.login('auditor');
    const events = (await auditor.get(`/api/audit/events?action=auth.login&userId=${t.staff.lead.id}`)).json().items;
    expect(events.length).toBeGreaterThan(0);
    expect(new Date(events[0].at).toISOString()).toBe('2027-03-01T05:30:00.000Z');
  });
});

describe('roles administration', () => {
  it('needs admin.roles to list roles, not only admin.users', async () => {
    const admin = await t.login('sysadmin');
    const roles = (await admin.get('/api/admin/roles')).json().roles as Array<{ code: string; permissions: string[] }>;
    const original = roles.find((r) => r.code === 'program_manager')!.permissions;
    expect((await admin.put('/api/admin/roles/program_manager/permissions', { permissions: ['admin.users'] })).statusCode).toBe(204);
    try {
      const pm = await t.login('programManager');
      expect((await pm.get('/api/admin/users')).statusCode).toBe(200);
      const r = await pm.get('/api/admin/roles');
      expect(r.statusCode).toBe(403);
      expect(r.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('admin.roles') });
    } finally {
      await admin.put('/api/admin/roles/program_manager/permissions', { permissions: original });
    }
  });
});
