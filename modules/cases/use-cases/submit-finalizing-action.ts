import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { type UnitOfWork } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { FINALIZING_KINDS, routeFinalizingAction, type FinalizingKind } from '../domain/review-routing.js';
import { nextStatus, type CaseStatus } from '../domain/case-status.js';
import type { CaseRow } from '../db/schema.js';
import { reviewRepo } from '../adapters/work.repo.js';
import { applyFinalizingAction } from './support/apply-action.js';
import { record } from './support/caller.js';

export const finalizingActionInput = z.strictObject({
  kind: z.enum(FINALIZING_KINDS),
  summary: z.string().trim().min(3).max(2000),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type FinalizingActionInput = z.input<typeof finalizingActionInput>;

export type FinalizingResult = { status: 'applied'; actionId: string; case: CaseRow } | { status: 'pending_review'; reviewId: string; case: CaseRow };

/**
 * Routes a finalizing action: a Case Manager I's goes to the unit's review queue, anyone else's applies now.
 * Runs inside the caller's unit of work (take-action and change-status share it).
 */
export async function submitFinalizingAction(
  uow: UnitOfWork,
  principal: Principal,
  c: CaseRow,
  a: { kind: FinalizingKind; summary: string; details?: Record<string, unknown> },
  today: string,
): Promise<FinalizingResult> {
  if (!principal.permissions.has('case.finalize')) throw new DomainError('FORBIDDEN', 'Your role does not take finalizing actions (needs case.finalize)');
  if (c.status === 'closed') throw new DomainError('INVALID_STATE', 'The case is closed; reopen it first');
  if (a.kind === 'closure') nextStatus(c.status as CaseStatus, 'close');
  if (routeFinalizingAction(principal) === 'review') {
    if (await reviewRepo.pendingForCase(uow.tx, c.id, a.kind)) {
      throw new DomainError('CONFLICT', `A ${a.kind.replace('_', ' ')} for this case is already waiting for review`);
    }
    const review = await reviewRepo.insert(uow.tx, {
      caseId: c.id,
      unitId: c.unitId,
      kind: a.kind,
      summary: a.summary,
      details: a.details ?? null,
      submittedBy: principal.userId,
    });
    record(uow, { action: 'review.submitted', entityType: 'case_review', row: review, caseId: c.id, personId: c.primaryPersonId });
    return { status: 'pending_review', reviewId: review.id, case: c };
  }
  const applied = await applyFinalizingAction(uow, c, { ...a, takenBy: principal.userId }, today);
  return { status: 'applied', actionId: applied.actionId, case: applied.case };
}
