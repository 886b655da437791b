import { hash, verify } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction, type Database, type Clock } from '@hearth/platform';
import { findUserByUsername } from '../adapters/staff.repo.js';
import { createSession } from '../adapters/session.repo.js';
import { afterFailure, isLocked } from '../domain/login-policy.js';

// A hash to verify against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;

export interface LoginInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
}

export async function login(input: LoginInput, deps: { database: Database; clock: Clock; sessionHours: number }) {
  const now = deps.clock.now();
  const user = await findUserByUsername(deps.database.db, input.username);
  if (!user || !user.active || !user.passwordHash) {
    dummyHash ??= hash('not-a-real-password');
    await verify(await dummyHash, input.password).catch(() => false);
    throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct');
  }
  if (isLocked(user.lockedUntil, now)) {
    throw new DomainError('ACCOUNT_LOCKED', 'This account is locked after too many failed sign-ins. Try again later or ask an administrator to unlock it.');
  }
  const ok = await verify(user.passwordHash, input.password).catch(() => false);
  const actor = { userId: user.id, ip: input.ip };
  if (!ok) {
    const next = afterFailure(user.failedLogins, now);
    await inTransaction(deps.database, actor, async (uow) => {
      await uow.tx.execute(sql`UPDATE app_user SET failed_logins = ${next.failedLogins}, locked_until = ${next.lockedUntil?.toISOString() ?? null} WHERE id = ${user.id}`);
      uow.audit({ action: next.lockedUntil ? 'auth.locked' : 'auth.login_failed', entityType: 'user', entityId: user.id, after: { lockedUntil: next.lockedUntil } });
    });
    if (next.lockedUntil) throw new DomainError('ACCOUNT_LOCKED', 'This account is now locked for 15 minutes after too many failed sign-ins.');
    throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct');
  }
  return inTransaction(deps.database, actor, async (uow) => {
    await uow.tx.execute(sql`UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = ${now.toISOString()} WHERE id = ${user.id}`);
    const session = await createSession(uow.tx, user.id, now, new Date(now.getTime() + deps.sessionHours * 3600_000), input);
    uow.audit({ action: 'auth.login', entityType: 'user', entityId: user.id });
    return { userId: user.id, sessionId: session.id, csrfToken: session.csrfToken };
  });
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}
