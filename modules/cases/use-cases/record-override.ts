import { z } from 'zod';
import { inTransaction } from '@hearth/platform';
import { assertMayOverride } from '../domain/review-routing.js';
import { parseInput } from '../domain/validation.js';
import { reviewRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const overrideInput = z.strictObject({
  what: z.string().trim().min(3).max(500),
  reason: z.string().trim().max(2000),
});

/** An override (of a rule result, a deadline, a policy) — always a supervisor of the case's unit, always with a reason. */
export async function recordOverride(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(overrideInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    assertMayOverride(caller.principal, row.unitId, input.reason);
    const o = await reviewRepo.insertOverride(uow.tx, { caseId, what: input.what, reason: input.reason, approvedBy: caller.principal.userId });
    record(uow, { action: 'case.override', entityType: 'case_override', row: o, caseId, personId: row.primaryPersonId, reason: input.reason });
    return { id: o.id, caseId, what: o.what, reason: o.reason, approvedBy: o.approvedBy, approvedAt: o.approvedAt };
  });
}
