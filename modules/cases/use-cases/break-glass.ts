import { z } from 'zod';
import { notFound } from '@hearth/kernel';
import { inTransaction, logAccess } from '@hearth/platform';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const breakGlassInput = z.strictObject({ reason: z.string().trim().min(10, 'state the reason (at least 10 characters)').max(1000) });
export const BREAK_GLASS_HOURS = 8;

/**
 * Opens a case outside one's caseload for 8 hours with a stated reason. The access log records the
 * break-the-glass with its reason; supervisors see it in their break-glass review.
 */
export async function breakGlass(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(breakGlassInput, raw);
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    const row = await caseRepo.find(uow.tx, caseId);
    if (!row) throw notFound('Case', caseId);
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3600_000).toISOString();
    const grant = await caseRepo.insertGrant(uow.tx, { caseId, userId: caller.principal.userId, reason: input.reason, grantedAt: now.toISOString(), expiresAt });
    await logAccess(uow.tx, actor, {
      action: 'break_glass',
      entityType: 'case',
      entityId: caseId,
      caseId,
      personId: row.primaryPersonId,
      reason: input.reason,
      restricted: Boolean(row.restricted),
    });
    record(uow, { action: 'case.break_glass', entityType: 'case_access_grant', row: grant, caseId, reason: input.reason });
    return { grantId: grant.id, caseId, expiresAt };
  });
}
