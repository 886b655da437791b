-- OpenID Connect sign-ins in flight: one row from the redirect to the provider until the callback (at most ten
-- minutes), then deleted, so a callback can be used once. The browser holds the random id in an HttpOnly cookie;
-- the table holds its SHA-256, the state and nonce the callback must echo, and the PKCE code verifier.
CREATE TABLE oidc_login (
  id_hash text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  return_to text NOT NULL DEFAULT '/',
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_login_expires ON oidc_login (expires_at);

-- Users are matched to a provider's verified email once, then by (oidc_issuer, oidc_subject).
CREATE INDEX app_user_email ON app_user (email) WHERE email IS NOT NULL;
