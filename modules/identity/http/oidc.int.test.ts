import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '@hearth/server/testing';
import { startTestIdentityProvider, type TestIdentityProvider } from '../testing/test-identity-provider.js';

/**
 * Single sign-on end to end against a real OpenID Connect provider (oidc-provider 9 on a random loopback port):
 * authorization code + PKCE, state and nonce checked, users matched by linked subject or verified email.
 */
const REDIRECT = 'http://hearth.test/api/auth/oidc/callback';
let idp: TestIdentityProvider;
let t: TestApp;
let aliceId: string;

beforeAll(async () => {
  idp = await startTestIdentityProvider({ redirectUri: REDIRECT });
  t = await createTestApp({
    env: {
      HEARTH_OIDC_ISSUER: idp.issuer,
      HEARTH_OIDC_CLIENT_ID: idp.clientId,
      HEARTH_OIDC_CLIENT_SECRET: idp.clientSecret,
      HEARTH_OIDC_REDIRECT_URI: REDIRECT,
      HEARTH_OIDC_ALLOW_INSECURE: 'true',
      HEARTH_OIDC_LABEL: 'County staff sign-in',
    },
  });
  // An administrator provisions the worker (no password: single sign-on only).
  const admin = await t.login('sysadmin');
  const created = await admin.post('/api/admin/users', { username: 'alice', displayName: 'Alice Ortiz', email: 'Alice.Ortiz@agency.example', roleCode: 'case_manager_2', units: [{ unitId: t.units.north, membership: 'member' }] });
  expect(created.statusCode).toBe(201);
  aliceId = created.json().id;
  idp.accounts.set('sub-alice', { email: 'alice.ortiz@agency.example', email_verified: true, name: 'Alice Ortiz' });
  idp.accounts.set('sub-mallory', { email: 'mallory@elsewhere.example', email_verified: true });
  idp.accounts.set('sub-unverified', { email: 'cm2@agency.example', email_verified: false });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

interface Started {
  location: URL;
  loginCookie: string;
}

async function startLogin(query = ''): Promise<Started> {
  const res = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/login${query}` });
  expect(res.statusCode, res.body).toBe(302);
  const cookie = res.cookies.find((c) => c.name === 'hearth_oidc')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  return { location: new URL(String(res.headers.location)), loginCookie: cookie.value };
}

async function callback(url: URL, loginCookie: string | null, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: { ...headers, ...(loginCookie ? { cookie: `hearth_oidc=${loginCookie}` } : {}) },
  });
}

async function signInAtProvider(subject: string, query = '') {
  const started = await startLogin(query);
  idp.signInAs(subject);
  const back = await idp.authorize(started.location.href);
  return { started, back, res: await callback(back, started.loginCookie) };
}

async function auditEvents(action: string) {
  const r = await t.database.db.execute<{ entity_id: string; actor_id: string | null; reason: string | null; after: any }>(
    sql`SELECT entity_id, actor_id, reason, after FROM audit_event WHERE action = ${action} ORDER BY seq`,
  );
  return r.rows;
}

describe('sign-in methods', () => {
  it('tells the web app that single sign-on is offered, and where it starts', async () => {
    const r = await t.anonymous().get('/api/auth/methods');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ password: true, oidc: { label: 'County staff sign-in', loginUrl: '/api/auth/oidc/login' } });
  });
});

describe('OpenID Connect single sign-on', () => {
  it('redirects to the provider with authorization code, PKCE (S256), state and nonce', async () => {
    const { location } = await startLogin();
    expect(location.origin).toBe(idp.issuer);
    const p = location.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(idp.clientId);
    expect(p.get('redirect_uri')).toBe(REDIRECT);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get('state')).toBeTruthy();
    expect(p.get('nonce')).toBeTruthy();
    expect(p.get('scope')!.split(' ')).toContain('openid');
  });

  it('signs in a provisioned user by verified email, links the subject, and gives the same session as a password sign-in', async () => {
    const { res } = await signInAtProvider('sub-alice', '?returnTo=%2Fcases%3Ftab%3Dmine');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/cases?tab=mine');
    const session = res.cookies.find((c) => c.name === 'hearth_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `hearth_session=${session.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: aliceId, username: 'alice', roleCode: 'case_manager_2' });
    expect(me.json().today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The CSRF token guards changes exactly as after a password sign-in.
    const csrf = me.json().csrfToken as string;
    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: `hearth_session=${session.value}`, 'x-csrf-token': 'forged' } });
    expect(forged.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: `hearth_session=${session.value}`, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);

    const linked = await auditEvents('user.oidc_linked');
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({ entity_id: aliceId, after: { issuer: idp.issuer, subject: 'sub-alice' } });
    const logins = (await auditEvents('auth.login')).filter((e) => e.entity_id === aliceId);
    expect(logins.at(-1)).toMatchObject({ after: { method: 'oidc', issuer: idp.issuer } });
    const row = await t.database.db.execute<{ oidc_issuer: string; oidc_subject: string }>(sql`SELECT oidc_issuer, oidc_subject FROM app_user WHERE id = ${aliceId}`);
    expect(row.rows[0]).toEqual({ oidc_issuer: idp.issuer, oidc_subject: 'sub-alice' });
  });

  it('signs the linked subject in again even after its email changes at the provider, without linking twice', async () => {
    idp.accounts.set('sub-alice', { email: 'a.ortiz@new-domain.example', email_verified: true });
    const { res } = await signInAtProvider('sub-alice');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(await auditEvents('user.oidc_linked')).toHaveLength(1);
    idp.accounts.set('sub-alice', { email: 'alice.ortiz@agency.example', email_verified: true });
  });

  it('refuses an unknown subject with 403 and no session (no self-registration), and records the refusal', async () => {
    const { res } = await signInAtProvider('sub-mallory');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'unknown_subject', message: expect.stringContaining('no Hearth account is linked') });
    expect(res.cookies.find((c) => c.name === 'hearth_session')).toBeUndefined();
    const refused = await auditEvents('auth.sso_refused');
    expect(refused.at(-1)).toMatchObject({ entity_id: `${idp.issuer}#sub-mallory`, actor_id: null, reason: 'unknown_subject' });
    const users = await t.database.db.execute(sql`SELECT 1 FROM app_user WHERE oidc_subject = 'sub-mallory' OR email = 'mallory@elsewhere.example'`);
    expect(users.rows).toHaveLength(0);
  });

  it('shows a browser a readable refusal page', async () => {
    const started = await startLogin();
    idp.signInAs('sub-mallory');
    const back = await idp.authorize(started.location.href);
    const res = await callback(back, started.loginCookie, { accept: 'text/html,application/xhtml+xml' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('no Hearth account is linked');
    expect(res.body).toContain('<html lang="en">');
  });

  it('refuses an email the provider has not verified', async () => {
    await t.database.db.execute(sql`UPDATE app_user SET email = 'cm2@agency.example' WHERE username = 'cm2'`);
    const { res } = await signInAtProvider('sub-unverified');
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBe('email_not_verified');
  });

  it('refuses a callback whose state does not match the one sent', async () => {
    const started = await startLogin();
    idp.signInAs('sub-alice');
    const back = await idp.authorize(started.location.href);
    back.searchParams.set('state', 'a-state-an-attacker-chose');
    const res = await callback(back, started.loginCookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'verification_failed' });
    expect(res.cookies.find((c) => c.name === 'hearth_session')).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const started = await startLogin();
    idp.signInAs('sub-alice');
    const back = await idp.authorize(started.location.href);
    await t.database.db.execute(sql`UPDATE oidc_login SET nonce = 'another-nonce'`);
    const res = await callback(back, started.loginCookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().reason).toBe('verification_failed');
  });

  it('refuses a code redeemed without the matching PKCE verifier (the provider rejects it)', async () => {
    const started = await startLogin();
    idp.signInAs('sub-alice');
    const back = await idp.authorize(started.location.href);
    await t.database.db.execute(sql`UPDATE oidc_login SET code_verifier = ${'x'.repeat(43)}`);
    const res = await callback(back, started.loginCookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().reason).toBe('verification_failed');
  });

  it('refuses a callback in a browser where the sign-in did not start, a replayed callback and an expired one', async () => {
    const { started, back, res } = await signInAtProvider('sub-alice');
    expect(res.statusCode).toBe(302);
    const replay = await callback(back, started.loginCookie);
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'VALIDATION', details: [{ path: 'cookie.hearth_oidc' }] });

    const other = await startLogin();
    idp.signInAs('sub-alice');
    const otherBack = await idp.authorize(other.location.href);
    expect((await callback(otherBack, null)).statusCode).toBe(400);

    const late = await startLogin();
    const lateBack = await idp.authorize(late.location.href);
    await t.database.db.execute(sql`UPDATE oidc_login SET expires_at = now() - interval '1 minute'`);
    expect((await callback(lateBack, late.loginCookie)).statusCode).toBe(400);
  });

  it('reports the provider refusing to sign anyone in as 401, not a 500', async () => {
    const started = await startLogin();
    idp.signInAs(null as unknown as string);
    const back = await idp.authorize(started.location.href);
    expect(back.searchParams.get('error')).toBe('access_denied');
    const res = await callback(back, started.loginCookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'provider_error' });
  });

  it('never sends the browser back outside Hearth', async () => {
    const { res } = await signInAtProvider('sub-alice', '?returnTo=https%3A%2F%2Fevil.example%2F');
    expect(res.headers.location).toBe('/');
  });
});

describe('without single sign-on configured', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp();
  });
  afterAll(async () => plain?.close());

  it('offers password sign-in only, and answers the SSO routes with 404', async () => {
    expect((await plain.anonymous().get('/api/auth/methods')).json()).toEqual({ password: true, oidc: null });
    const r = await plain.anonymous().get('/api/auth/oidc/login');
    expect(r.statusCode).toBe(404);
    expect(r.json().message).toMatch(/not configured/);
    expect((await plain.anonymous().get('/api/auth/oidc/callback?code=x&state=y')).statusCode).toBe(404);
  });
});
