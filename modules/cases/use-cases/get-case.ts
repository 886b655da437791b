import { inTransaction } from '@hearth/platform';
import type { CasesDeps } from '../ports.js';
import { readCase } from './support/case-access.js';
import { actorFor, type Caller } from './support/caller.js';
import { caseDetail, type CaseDetail } from './support/case-detail.js';

/** The case file, if the caller may open it; every read is written to the access log. */
export async function getCase(caller: Caller, caseId: string, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people' | 'clockTypes'>): Promise<CaseDetail> {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    const { row, decision } = await readCase(uow.tx, actor, caller.principal, caseId, deps.clock.now());
    return caseDetail(uow.tx, row, decision.basis, deps);
  });
}
