import { inTransaction, SYSTEM_ACTOR, type Database, type Clock } from '@hearth/platform';
import type { OidcProviderPort } from '../adapters/oidc-client.js';
import { savePendingLogin } from '../adapters/oidc-login.repo.js';
import { safeReturnTo } from '../domain/sso-match.js';

/** How long a browser may take at the identity provider before the sign-in must start again. */
export const OIDC_LOGIN_MINUTES = 10;

/**
 * Starts single sign-on: a fresh state, nonce and PKCE verifier are kept server-side under a random id
 * (the browser's cookie); the browser is sent to the provider's authorization URL.
 */
export async function startOidcLogin(
  input: { returnTo?: string },
  deps: { database: Database; clock: Clock; provider: OidcProviderPort },
): Promise<{ redirectTo: string; loginId: string }> {
  const request = await deps.provider.authorizationRequest();
  const now = deps.clock.now();
  const loginId = await inTransaction(deps.database, SYSTEM_ACTOR, (uow) =>
    savePendingLogin(
      uow.tx,
      { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier, returnTo: safeReturnTo(input.returnTo) },
      now,
      new Date(now.getTime() + OIDC_LOGIN_MINUTES * 60_000),
    ),
  );
  return { redirectTo: request.url, loginId };
}
