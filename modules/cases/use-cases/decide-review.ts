import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { assertMayDecide, type FinalizingKind } from '../domain/review-routing.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import { reviewRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { applyFinalizingAction } from './support/apply-action.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const approveReviewInput = z.strictObject({ comment: z.string().trim().max(2000).optional() });
export const returnReviewInput = z.strictObject({ comment: z.string().trim().min(3, 'say what needs to change').max(2000) });

/** A lead or supervisor of the case's unit approves a level I action: it is applied now, in their name as approver. */
export async function approveReview(caller: Caller, reviewId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(approveReviewInput, raw ?? {});
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const review = await reviewRepo.find(uow.tx, reviewId, true);
    if (!review) throw notFound('Review', reviewId);
    assertMayDecide(caller.principal, review);
    const c = await caseRepo.find(uow.tx, review.caseId, true);
    if (!c) throw notFound('Case', review.caseId);
    if (c.status === 'closed') throw new DomainError('INVALID_STATE', 'The case was closed meanwhile; return this review instead');
    const decided = await reviewRepo.update(uow.tx, review.id, {
      status: 'approved',
      decidedBy: caller.principal.userId,
      decidedAt: deps.clock.now().toISOString(),
      comment: input.comment ?? null,
    });
    record(uow, { action: 'review.approved', entityType: 'case_review', row: decided, caseId: c.id, before: review, reason: input.comment ?? null });
    const applied = await applyFinalizingAction(
      uow,
      c,
      { kind: review.kind as FinalizingKind, summary: review.summary, details: review.details, takenBy: review.submittedBy, approvedBy: caller.principal.userId, reviewId: review.id },
      deps.clock.today(),
    );
    return { id: decided.id, status: decided.status, actionId: applied.actionId, caseStatus: applied.case.status };
  });
}

/** Returns a level I action to its worker with comments; nothing is applied. */
export async function returnReview(caller: Caller, reviewId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(returnReviewInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const review = await reviewRepo.find(uow.tx, reviewId, true);
    if (!review) throw notFound('Review', reviewId);
    assertMayDecide(caller.principal, review);
    const decided = await reviewRepo.update(uow.tx, review.id, {
      status: 'returned',
      decidedBy: caller.principal.userId,
      decidedAt: deps.clock.now().toISOString(),
      comment: input.comment,
    });
    record(uow, { action: 'review.returned', entityType: 'case_review', row: decided, caseId: review.caseId, before: review, reason: input.comment });
    return { id: decided.id, status: decided.status, comment: decided.comment };
  });
}
