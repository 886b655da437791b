import { DomainError } from '@hearth/kernel';
import { inTransaction, SYSTEM_ACTOR, type Database, type Clock } from '@hearth/platform';
import type { OidcClaims, OidcProviderPort } from '../adapters/oidc-client.js';
import { findUserBySubject, findUsersByEmail, linkOidcSubject, recordLogin, takePendingLogin } from '../adapters/oidc-login.repo.js';
import { createSession } from '../adapters/session.repo.js';
import { matchSsoUser, SSO_REFUSAL_MESSAGES } from '../domain/sso-match.js';

export interface FinishOidcLoginInput {
  /** The random id from the browser's sign-in cookie (absent if the sign-in did not start in this browser). */
  loginId: string | undefined;
  /** The callback URL as the provider sent it (configured redirect URI + the query string received). */
  callbackUrl: URL;
  ip?: string;
  userAgent?: string;
}

export interface FinishedOidcLogin {
  userId: string;
  sessionId: string;
  csrfToken: string;
  returnTo: string;
}

/**
 * Completes single sign-on: the sign-in must have started in this browser and not expired (used once); the
 * provider's answer must pass the state, PKCE and nonce checks; the person must match a Hearth user (linked
 * subject, or verified email of a provisioned user). Then the same server-side session as a password sign-in.
 */
export async function finishOidcLogin(
  input: FinishOidcLoginInput,
  deps: { database: Database; clock: Clock; provider: OidcProviderPort; sessionHours: number },
): Promise<FinishedOidcLogin> {
  const now = deps.clock.now();
  const pending = input.loginId ? await inTransaction(deps.database, SYSTEM_ACTOR, (uow) => takePendingLogin(uow.tx, input.loginId!, now)) : null;
  if (!pending) {
    throw new DomainError('VALIDATION', 'This sign-in expired or did not start in this browser. Start again from the sign-in page.', [
      { path: 'cookie.hearth_oidc', message: 'no sign-in in progress' },
    ]);
  }
  const providerError = input.callbackUrl.searchParams.get('error');
  if (providerError) {
    throw new DomainError('UNAUTHENTICATED', `The identity provider did not sign you in (${providerError.slice(0, 60)}).`, [], { reason: 'provider_error' });
  }

  let claims: OidcClaims;
  try {
    claims = await deps.provider.redeem(input.callbackUrl, pending);
  } catch (err) {
    // State, nonce, PKCE or token checks failed, or the code was already used: nobody is signed in.
    throw new DomainError('UNAUTHENTICATED', 'The answer from the identity provider could not be verified. Start again from the sign-in page.', [], {
      reason: 'verification_failed',
      detail: (err as Error).message.slice(0, 200),
    });
  }

  const actor = { userId: null, ip: input.ip };
  const outcome = await inTransaction(deps.database, actor, async (uow) => {
    const bySubject = await findUserBySubject(uow.tx, claims.issuer, claims.subject);
    const byEmail = !bySubject && claims.email ? await findUsersByEmail(uow.tx, claims.email) : [];
    const match = matchSsoUser(claims, bySubject, byEmail);
    if (match.outcome === 'refused') {
      uow.audit({
        action: 'auth.sso_refused',
        entityType: 'oidc_subject',
        entityId: `${claims.issuer}#${claims.subject}`,
        reason: match.reason,
        after: { email: claims.email, emailVerified: claims.emailVerified },
      });
      return match;
    }
    if (match.link) {
      await linkOidcSubject(uow.tx, match.userId, claims.issuer, claims.subject);
      uow.audit({ action: 'user.oidc_linked', entityType: 'user', entityId: match.userId, after: { issuer: claims.issuer, subject: claims.subject, email: claims.email } });
    }
    await recordLogin(uow.tx, match.userId, now);
    const session = await createSession(uow.tx, match.userId, now, new Date(now.getTime() + deps.sessionHours * 3600_000), input);
    uow.audit({ action: 'auth.login', entityType: 'user', entityId: match.userId, after: { method: 'oidc', issuer: claims.issuer } });
    return { outcome: 'sign_in' as const, userId: match.userId, ...session };
  });
  // The refusal is recorded (committed) before it is reported.
  if (outcome.outcome === 'refused') {
    throw new DomainError('FORBIDDEN', SSO_REFUSAL_MESSAGES[outcome.reason], [], { reason: outcome.reason });
  }
  return { userId: outcome.userId, sessionId: outcome.id, csrfToken: outcome.csrfToken, returnTo: pending.returnTo };
}
