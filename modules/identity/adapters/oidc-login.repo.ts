import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import type { SsoCandidate } from '../domain/sso-match.js';

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Stores a sign-in in flight; returns the random id for the browser's cookie. Expired rows are cleared here. */
export async function savePendingLogin(tx: Sql, login: PendingOidcLogin, now: Date, expiresAt: Date): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await tx.execute(sql`DELETE FROM oidc_login WHERE expires_at < ${now.toISOString()}`);
  await tx.execute(sql`INSERT INTO oidc_login (id_hash, state, nonce, code_verifier, return_to, created_at, expires_at)
    VALUES (${hashId(id)}, ${login.state}, ${login.nonce}, ${login.codeVerifier}, ${login.returnTo}, ${now.toISOString()}, ${expiresAt.toISOString()})`);
  return id;
}

/** Takes (reads and deletes) the sign-in in flight for this cookie id, if it has not expired: a callback works once. */
export async function takePendingLogin(tx: Sql, id: string, now: Date): Promise<PendingOidcLogin | null> {
  const r = await tx.execute(sql`DELETE FROM oidc_login WHERE id_hash = ${hashId(id)}
    RETURNING state, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", expires_at AS "expiresAt"`);
  const row = r.rows[0] as (PendingOidcLogin & { expiresAt: string }) | undefined;
  if (!row || new Date(row.expiresAt) <= now) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo };
}

const candidateColumns = sql`id, active, oidc_issuer AS "oidcIssuer", oidc_subject AS "oidcSubject"`;

export async function findUserBySubject(tx: Sql, issuer: string, subject: string): Promise<SsoCandidate | null> {
  const r = await tx.execute(sql`SELECT ${candidateColumns} FROM app_user WHERE oidc_issuer = ${issuer} AND oidc_subject = ${subject}`);
  return (r.rows[0] as unknown as SsoCandidate | undefined) ?? null;
}

/** Users with this email (case-insensitive: the column is citext). */
export async function findUsersByEmail(tx: Sql, email: string): Promise<SsoCandidate[]> {
  const r = await tx.execute(sql`SELECT ${candidateColumns} FROM app_user WHERE email = ${email} ORDER BY id LIMIT 5`);
  return r.rows as unknown as SsoCandidate[];
}

export async function linkOidcSubject(tx: Sql, userId: string, issuer: string, subject: string): Promise<void> {
  await tx.execute(sql`UPDATE app_user SET oidc_issuer = ${issuer}, oidc_subject = ${subject} WHERE id = ${userId} AND oidc_subject IS NULL`);
}

export async function recordLogin(tx: Sql, userId: string, now: Date): Promise<void> {
  await tx.execute(sql`UPDATE app_user SET last_login_at = ${now.toISOString()} WHERE id = ${userId}`);
}
