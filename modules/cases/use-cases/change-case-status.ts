import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { STATUS_ACTIONS, STATUS_TRANSITIONS, nextStatus, type CaseStatus } from '../domain/case-status.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';
import { caseDetail, type CaseDetail } from './support/case-detail.js';
import { submitFinalizingAction } from './submit-finalizing-action.js';

export const changeStatusInput = z.strictObject({
  action: z.enum(STATUS_ACTIONS),
  reason: z.string().trim().max(2000).optional(),
});
export type ChangeStatusInput = z.input<typeof changeStatusInput>;

/** Moves a case through intake → open → closed (→ reopened). Closing is finalizing: level I → review. */
export async function changeCaseStatus(
  caller: Caller,
  caseId: string,
  raw: ChangeStatusInput,
  deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people' | 'clockTypes'>,
): Promise<{ status: 'applied' | 'pending_review'; reviewId?: string; case: CaseDetail }> {
  const input = parseInput(changeStatusInput, raw);
  const t = STATUS_TRANSITIONS[input.action];
  if (t.reasonRequired && !input.reason) {
    throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'reason', message: `a reason is required to ${input.action} a case` }]);
  }
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row, decision } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    const today = deps.clock.today();
    if (input.action === 'close') {
      const r = await submitFinalizingAction(uow, caller.principal, row, { kind: 'closure', summary: input.reason! }, today);
      const detail = await caseDetail(uow.tx, r.case, decision.basis, deps);
      return r.status === 'pending_review' ? { status: r.status, reviewId: r.reviewId, case: detail } : { status: r.status, case: detail };
    }
    const to = nextStatus(row.status as CaseStatus, input.action);
    const updated = await caseRepo.update(uow.tx, row.id, input.action === 'reopen' ? { status: to, closedOn: null, closeReason: null } : { status: to });
    record(uow, { action: input.action === 'open' ? 'case.opened' : 'case.reopened', entityType: 'case', row: updated, caseId: row.id, personId: row.primaryPersonId, before: row, reason: input.reason ?? null });
    return { status: 'applied' as const, case: await caseDetail(uow.tx, updated, decision.basis, deps) };
  });
}
