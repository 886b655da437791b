import { DomainError } from '@hearth/kernel';

/** A case's lifecycle: intake → open → closed, and closed → open again on reopening. */
export const CASE_STATUSES = ['intake', 'open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STATUS_ACTIONS = ['open', 'close', 'reopen'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

interface Transition {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** A finalizing action: a level I worker's goes to review first. */
  finalizing: boolean;
  reasonRequired: boolean;
}

export const STATUS_TRANSITIONS: Record<StatusAction, Transition> = {
  open: { from: ['intake'], to: 'open', finalizing: false, reasonRequired: false },
  close: { from: ['intake', 'open'], to: 'closed', finalizing: true, reasonRequired: true },
  reopen: { from: ['closed'], to: 'open', finalizing: false, reasonRequired: true },
};

/** The status a case moves to, or INVALID_STATE when the action does not apply to the current status. */
export function nextStatus(current: CaseStatus, action: StatusAction): CaseStatus {
  const t = STATUS_TRANSITIONS[action];
  if (!t.from.includes(current)) {
    throw new DomainError('INVALID_STATE', `A case that is ${current} cannot be ${action === 'open' ? 'opened' : action === 'close' ? 'closed' : 'reopened'}`, [
      { path: 'action', message: `not allowed from ${current}` },
    ]);
  }
  return t.to;
}

export function isActive(status: CaseStatus): boolean {
  return status !== 'closed';
}
