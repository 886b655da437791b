import * as oidc from 'openid-client';
import type { HearthConfig } from '@hearth/platform';

export type OidcSettings = NonNullable<HearthConfig['oidc']>;

export interface OidcAuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** The identity provider as the sign-in use cases see it. */
export interface OidcProviderPort {
  /** A fresh authorization-code request with PKCE (S256), state and nonce. */
  authorizationRequest(): Promise<OidcAuthorizationRequest>;
  /**
   * Redeems the code in the callback URL: checks state, the PKCE verifier, the ID token's signature, issuer,
   * audience and nonce, then returns who signed in (email from the ID token, or else from the UserInfo endpoint).
   */
  redeem(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<OidcClaims>;
}

/** openid-client 6 over the configured provider; discovery runs on first use and is kept (retried after a failure). */
export function createOidcProvider(settings: OidcSettings): OidcProviderPort {
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        { execute: settings.allowInsecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((err: unknown) => {
        discovered = null;
        throw err;
      });
    return discovered;
  };

  return {
    async authorizationRequest() {
      const config = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    async redeem(callbackUrl, checks) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      let email = typeof idToken.email === 'string' ? idToken.email : null;
      let emailVerified = idToken.email_verified === true;
      let name = typeof idToken.name === 'string' ? idToken.name : null;
      if (!email && config.serverMetadata().userinfo_endpoint) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
        email = typeof info.email === 'string' ? info.email : null;
        emailVerified = info.email_verified === true;
        name ??= typeof info.name === 'string' ? info.name : null;
      }
      return { issuer: idToken.iss, subject: idToken.sub, email, emailVerified, name };
    },
  };
}
