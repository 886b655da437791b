/**
 * Who an OpenID Connect sign-in is. Hearth has no self-registration: the provider's subject must already be
 * linked to a Hearth user, or its verified email must name exactly one active user an administrator created
 * who is not linked to another subject; that first sign-in links them.
 */
export interface SsoCandidate {
  id: string;
  active: boolean;
  oidcIssuer: string | null;
  oidcSubject: string | null;
}

export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export type SsoRefusal = 'unknown_subject' | 'email_not_verified' | 'ambiguous_email' | 'linked_elsewhere' | 'inactive';

export type SsoMatch = { outcome: 'sign_in'; userId: string; link: boolean } | { outcome: 'refused'; reason: SsoRefusal };

export function matchSsoUser(identity: SsoIdentity, bySubject: SsoCandidate | null, byEmail: SsoCandidate[]): SsoMatch {
  if (bySubject) return bySubject.active ? { outcome: 'sign_in', userId: bySubject.id, link: false } : { outcome: 'refused', reason: 'inactive' };
  if (!identity.email || byEmail.length === 0) return { outcome: 'refused', reason: 'unknown_subject' };
  if (!identity.emailVerified) return { outcome: 'refused', reason: 'email_not_verified' };
  if (byEmail.length > 1) return { outcome: 'refused', reason: 'ambiguous_email' };
  const user = byEmail[0]!;
  if (user.oidcSubject !== null) return { outcome: 'refused', reason: 'linked_elsewhere' };
  if (!user.active) return { outcome: 'refused', reason: 'inactive' };
  return { outcome: 'sign_in', userId: user.id, link: true };
}

/** What the person at the browser is told (no account details beyond what they signed in with). */
export const SSO_REFUSAL_MESSAGES: Record<SsoRefusal, string> = {
  unknown_subject: 'You signed in with the agency\'s identity provider, but no Hearth account is linked to that sign-in. Ask a Hearth administrator to create your account with your work email address.',
  email_not_verified: 'Your identity provider has not verified your email address, so it cannot be matched to a Hearth account. Ask your identity administrator to verify it, or a Hearth administrator to link your account.',
  ambiguous_email: 'More than one Hearth account has your email address. Ask a Hearth administrator to correct it.',
  linked_elsewhere: 'The Hearth account with your email address is already linked to a different sign-in. Ask a Hearth administrator.',
  inactive: 'Your Hearth account is deactivated. Ask a Hearth administrator.',
};

/** A path inside Hearth to return to after signing in; anything else (other sites, //host, schemes) becomes '/'. */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\s\\]/.test(value)) return '/';
  if (value.startsWith('/api/')) return '/';
  return value;
}
