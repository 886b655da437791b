/** Lockout after repeated failures (NIST SP 800-63B §5.2.2 limits failed attempts; OWASP ASVS 2.2.1). */
export const LOGIN_POLICY = {
  maxFailures: 5,
  lockMinutes: 15,
} as const;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const n = failedLogins + 1;
  return n >= LOGIN_POLICY.maxFailures
    ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000) }
    : { failedLogins: n, lockedUntil: null };
}

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** A session ends at logout, at its absolute expiry, or after the idle timeout. */
export function sessionState(s: SessionTimes, now: Date, idleMinutes: number): 'active' | 'revoked' | 'expired' | 'idle' {
  if (s.revokedAt) return 'revoked';
  if (s.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (s.lastSeenAt.getTime() + idleMinutes * 60_000 <= now.getTime()) return 'idle';
  return 'active';
}
