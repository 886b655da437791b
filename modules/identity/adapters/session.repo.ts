import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export interface SessionRow {
  idHash: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** A new session started at `now` (the injected clock: idle and expiry checks compare against the same clock). */
export async function createSession(tx: Sql, userId: string, now: Date, expiresAt: Date, meta: { ip?: string; userAgent?: string }) {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await tx.execute(sql`INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
    VALUES (${hashSessionId(id)}, ${userId}, ${csrfToken}, ${now.toISOString()}, ${now.toISOString()}, ${expiresAt.toISOString()}, ${meta.ip ?? null}, ${meta.userAgent?.slice(0, 300) ?? null})`);
  return { id, csrfToken };
}

export async function findSession(tx: Sql, id: string): Promise<SessionRow | null> {
  const r = await tx.execute(sql`SELECT id_hash AS "idHash", user_id AS "userId", csrf_token AS "csrfToken", last_seen_at AS "lastSeenAt",
    expires_at AS "expiresAt", revoked_at AS "revokedAt" FROM user_session WHERE id_hash = ${hashSessionId(id)}`);
  const row = r.rows[0] as any;
  if (!row) return null;
  return { ...row, lastSeenAt: new Date(row.lastSeenAt), expiresAt: new Date(row.expiresAt), revokedAt: row.revokedAt ? new Date(row.revokedAt) : null };
}

export async function touchSession(tx: Sql, idHash: string, now: Date) {
  await tx.execute(sql`UPDATE user_session SET last_seen_at = ${now.toISOString()} WHERE id_hash = ${idHash}`);
}

export async function revokeSession(tx: Sql, idHash: string, now: Date) {
  await tx.execute(sql`UPDATE user_session SET revoked_at = ${now.toISOString()} WHERE id_hash = ${idHash} AND revoked_at IS NULL`);
}

export async function revokeAllSessions(tx: Sql, userId: string, now: Date) {
  await tx.execute(sql`UPDATE user_session SET revoked_at = ${now.toISOString()} WHERE user_id = ${userId} AND revoked_at IS NULL`);
}
