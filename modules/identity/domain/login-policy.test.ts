import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, sessionState } from './login-policy.js';
import { decideAccess } from './access-policy.js';
import type { Principal } from './principal.js';

const now = new Date('2026-11-23T12:00:00Z');

describe('login policy', () => {
  it('locks the account on the fifth failure for fifteen minutes', () => {
    let s = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) s = afterFailure(s.failedLogins, now);
    expect(s.lockedUntil).toBeNull();
    s = afterFailure(s.failedLogins, now);
    expect(isLocked(s.lockedUntil, now)).toBe(true);
    expect(isLocked(s.lockedUntil, new Date(now.getTime() + 15 * 60_000 + 1))).toBe(false);
  });
  it('ends an idle session', () => {
    const s = { lastSeenAt: new Date(now.getTime() - 31 * 60_000), expiresAt: new Date(now.getTime() + 3600_000), revokedAt: null };
    expect(sessionState(s, now, 30)).toBe('idle');
    expect(sessionState({ ...s, lastSeenAt: now }, now, 30)).toBe('active');
  });
});

const base: Principal = {
  userId: 'u1', username: 'w', displayName: 'W', roleCode: 'case_manager_2', roleName: 'CM II', level: 2, decisionsReviewed: false,
  permissions: new Set(['case.read']), unitIds: ['north'], leadUnitIds: [], supervisorUnitIds: [], programCodes: [], seesEverything: false,
  sessionId: null, preferredLanguage: 'en',
};

describe('access policy: scope and break the glass', () => {
  const unitCase = { assignedWorkerId: 'u9', unitId: 'north', programCode: 'snap', restricted: false };
  it('lets a worker see their unit\'s cases', () => {
    expect(decideAccess(base, unitCase, false)).toEqual({ kind: 'allow', basis: 'unit' });
  });
  it('requires breaking the glass for a restricted case outside one\'s own caseload', () => {
    expect(decideAccess(base, { ...unitCase, restricted: true }, false)).toEqual({ kind: 'break_glass_required', reason: 'restricted' });
    expect(decideAccess(base, { ...unitCase, restricted: true }, true)).toEqual({ kind: 'allow', basis: 'break_glass' });
    expect(decideAccess(base, { ...unitCase, restricted: true, assignedWorkerId: 'u1' }, false).kind).toBe('allow');
  });
  it('requires a reason for cases outside scope', () => {
    expect(decideAccess(base, { ...unitCase, unitId: 'south' }, false)).toEqual({ kind: 'break_glass_required', reason: 'outside_scope' });
  });
  it('gives supervisors their units, program managers their programs and auditors everything', () => {
    expect(decideAccess({ ...base, unitIds: [], supervisorUnitIds: ['north'] }, { ...unitCase, restricted: true }, false).kind).toBe('allow');
    expect(decideAccess({ ...base, unitIds: [], programCodes: ['snap'] }, { ...unitCase, unitId: 'x' }, false).kind).toBe('allow');
    expect(decideAccess({ ...base, unitIds: [], seesEverything: true }, { ...unitCase, restricted: true }, false).kind).toBe('allow');
  });
});
