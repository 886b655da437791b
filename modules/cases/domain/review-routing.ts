import { DomainError } from '@hearth/kernel';

/** Actions that finalize something on a case. A Case Manager I's go to a lead or supervisor first. */
export const FINALIZING_KINDS = ['determination', 'closure', 'plan_approval'] as const;
export type FinalizingKind = (typeof FINALIZING_KINDS)[number];

export interface ActingWorker {
  userId: string;
  decisionsReviewed: boolean;
}

/** 'review' when the worker's decisions are reviewed (level I), else 'apply'. */
export function routeFinalizingAction(worker: ActingWorker): 'apply' | 'review' {
  return worker.decisionsReviewed ? 'review' : 'apply';
}

export interface Reviewer {
  userId: string;
  permissions: ReadonlySet<string>;
  leadUnitIds: readonly string[];
  supervisorUnitIds: readonly string[];
}

export interface ReviewState {
  unitId: string;
  submittedBy: string;
  status: string;
}

/** Only a lead or supervisor of the case's unit decides a review, never on their own submission, once. */
export function assertMayDecide(reviewer: Reviewer, review: ReviewState): void {
  if (!reviewer.permissions.has('review.decide')) throw new DomainError('FORBIDDEN', 'Your role does not decide reviews (needs review.decide)');
  if (!reviewer.leadUnitIds.includes(review.unitId) && !reviewer.supervisorUnitIds.includes(review.unitId)) {
    throw new DomainError('NOT_IN_SCOPE', 'Only a lead or supervisor of the case\'s unit decides this review');
  }
  if (reviewer.userId === review.submittedBy) throw new DomainError('FORBIDDEN', 'A review cannot be decided by the worker who submitted it');
  if (review.status !== 'pending') throw new DomainError('INVALID_STATE', `This review was already ${review.status}`);
}

export interface Overrider {
  permissions: ReadonlySet<string>;
  supervisorUnitIds: readonly string[];
}

/** Overrides always need a supervisor of the case's unit (override.approve) and a stated reason. */
export function assertMayOverride(p: Overrider, caseUnitId: string, reason: string | null | undefined): void {
  if (!p.permissions.has('override.approve') || !p.supervisorUnitIds.includes(caseUnitId)) {
    throw new DomainError('SUPERVISOR_REQUIRED', 'An override needs a supervisor of the case\'s unit');
  }
  if (!reason || reason.trim().length < 5) {
    throw new DomainError('VALIDATION', 'An override needs a reason', [{ path: 'reason', message: 'state the reason (at least 5 characters)' }]);
  }
}
