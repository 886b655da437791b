import { describe, expect, it } from 'vitest';
import { matchSsoUser, safeReturnTo, type SsoCandidate, type SsoIdentity } from './sso-match.js';

const idp = 'https://idp.example';
const who = (over: Partial<SsoIdentity> = {}): SsoIdentity => ({ issuer: idp, subject: 'sub-1', email: 'ann@agency.example', emailVerified: true, ...over });
const user = (over: Partial<SsoCandidate> = {}): SsoCandidate => ({ id: 'u1', active: true, oidcIssuer: null, oidcSubject: null, ...over });

describe('matching a single sign-on to a Hearth user', () => {
  it('signs in a user already linked to the subject, without linking again', () => {
    expect(matchSsoUser(who(), user({ oidcIssuer: idp, oidcSubject: 'sub-1' }), [])).toEqual({ outcome: 'sign_in', userId: 'u1', link: false });
  });
  it('links a provisioned user by verified email on first sign-in', () => {
    expect(matchSsoUser(who(), null, [user()])).toEqual({ outcome: 'sign_in', userId: 'u1', link: true });
  });
  it('refuses an unknown subject with no user for its email (no self-registration)', () => {
    expect(matchSsoUser(who(), null, [])).toEqual({ outcome: 'refused', reason: 'unknown_subject' });
    expect(matchSsoUser(who({ email: null }), null, [user()])).toEqual({ outcome: 'refused', reason: 'unknown_subject' });
  });
  it('refuses an unverified email', () => {
    expect(matchSsoUser(who({ emailVerified: false }), null, [user()])).toEqual({ outcome: 'refused', reason: 'email_not_verified' });
  });
  it('refuses an email two users share, a user linked to another subject, and a deactivated user', () => {
    expect(matchSsoUser(who(), null, [user(), user({ id: 'u2' })]).outcome).toBe('refused');
    expect(matchSsoUser(who(), null, [user({ oidcIssuer: idp, oidcSubject: 'someone-else' })])).toEqual({ outcome: 'refused', reason: 'linked_elsewhere' });
    expect(matchSsoUser(who(), null, [user({ active: false })])).toEqual({ outcome: 'refused', reason: 'inactive' });
    expect(matchSsoUser(who(), user({ active: false, oidcIssuer: idp, oidcSubject: 'sub-1' }), [])).toEqual({ outcome: 'refused', reason: 'inactive' });
  });
});

describe('where to go after signing in', () => {
  it('keeps paths inside Hearth and drops everything else', () => {
    expect(safeReturnTo('/cases/123?tab=notes')).toBe('/cases/123?tab=notes');
    for (const bad of [undefined, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a b', '/api/auth/logout', `/${'x'.repeat(600)}`]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});
