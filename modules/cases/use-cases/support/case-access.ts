import { DomainError, notFound } from '@hearth/kernel';
import { logAccess, type Sql, type Actor } from '@hearth/platform';
import { decideAccess, type AccessDecision, type Principal, type ScopedRecord } from '@hearth/identity';
import { caseRepo } from '../../adapters/case.repo.js';
import type { CaseRow } from '../../db/schema.js';

export function toScopedRecord(c: Pick<CaseRow, 'assignedWorkerId' | 'unitId' | 'programCode' | 'restricted'>): ScopedRecord {
  return { assignedWorkerId: c.assignedWorkerId, unitId: c.unitId, programCode: c.programCode, restricted: Boolean(c.restricted) };
}

export interface CaseAccess {
  row: CaseRow;
  decision: Extract<AccessDecision, { kind: 'allow' }>;
}

/**
 * Loads a case and decides whether the principal may open it. Outside the caseload (or restricted),
 * only an unexpired break-the-glass grant opens it; otherwise 403 BREAK_GLASS_REQUIRED with the reason.
 */
export async function openCase(tx: Sql, principal: Principal, caseId: string, now: Date, lock = false): Promise<CaseAccess> {
  const row = await caseRepo.find(tx, caseId, lock);
  if (!row) throw notFound('Case', caseId);
  const scoped = toScopedRecord(row);
  let decision = decideAccess(principal, scoped, false);
  if (decision.kind !== 'allow' && (await caseRepo.hasActiveGrant(tx, caseId, principal.userId, now))) {
    decision = decideAccess(principal, scoped, true);
  }
  if (decision.kind !== 'allow') {
    throw new DomainError(
      'BREAK_GLASS_REQUIRED',
      decision.reason === 'restricted'
        ? 'This case is restricted. State a reason to break the glass; the access will be logged and reviewed.'
        : 'This case is outside your caseload. State a reason to break the glass; the access will be logged and reviewed.',
      [],
      { reason: decision.reason },
    );
  }
  return { row, decision };
}

/** Opens a case for reading and writes the access log entry every read of a case leaves. */
export async function readCase(tx: Sql, actor: Actor, principal: Principal, caseId: string, now: Date, entityType = 'case', entityId?: string): Promise<CaseAccess> {
  const access = await openCase(tx, principal, caseId, now);
  await logAccess(tx, actor, {
    action: 'read',
    entityType,
    entityId: entityId ?? caseId,
    caseId,
    personId: access.row.primaryPersonId,
    restricted: Boolean(access.row.restricted),
    reason: access.decision.basis === 'break_glass' ? 'break-the-glass grant' : null,
  });
  return access;
}

export function actorOf(principal: Principal, ip?: string): Actor {
  return ip ? { userId: principal.userId, ip } : { userId: principal.userId };
}
