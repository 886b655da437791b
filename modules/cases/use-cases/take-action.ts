import { inTransaction } from '@hearth/platform';
import { parseInput } from '../domain/validation.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, type Caller } from './support/caller.js';
import { finalizingActionInput, submitFinalizingAction, type FinalizingActionInput } from './submit-finalizing-action.js';

/** POST /cases/:id/actions — a determination, closure or plan approval; level I → review queue. */
export async function takeAction(caller: Caller, caseId: string, raw: FinalizingActionInput, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(finalizingActionInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    const r = await submitFinalizingAction(uow, caller.principal, row, input, deps.clock.today());
    return r.status === 'applied' ? { status: r.status, actionId: r.actionId } : { status: r.status, reviewId: r.reviewId };
  });
}
