import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps, StaffMember } from '../ports.js';
import { actorFor, type Caller } from './support/caller.js';
import { mayAssignIn, moveCase } from './assign-case.js';

export const reassignCasesInput = z.strictObject({
  caseIds: z.array(z.uuid()).min(1).max(500),
  toWorkerId: z.uuid(),
  reason: z.string().trim().min(3, 'state the reason').max(1000),
});

/** Moves many cases to one worker with one reason: all or nothing, each problem named by its caseIds index. */
export async function reassignCases(caller: Caller, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff'>) {
  const input = parseInput(reassignCasesInput, raw);
  const ids = [...new Set(input.caseIds)];
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = new Map((await caseRepo.findMany(uow.tx, ids)).map((c) => [c.id, c]));
    const problems: Array<{ path: string; message: string }> = [];
    const membersByUnit = new Map<string, StaffMember[]>();
    for (const [i, id] of input.caseIds.entries()) {
      const c = rows.get(id);
      if (!c) { problems.push({ path: `caseIds.${i}`, message: 'no such case' }); continue; }
      if (!mayAssignIn(caller.principal, c)) { problems.push({ path: `caseIds.${i}`, message: 'not a case of a unit you lead or supervise' }); continue; }
      if (!membersByUnit.has(c.unitId)) membersByUnit.set(c.unitId, await deps.staff.unitMembers(c.unitId, uow.tx));
      if (!membersByUnit.get(c.unitId)!.some((m) => m.id === input.toWorkerId && m.active)) problems.push({ path: `caseIds.${i}`, message: 'the worker is not in this case\'s unit' });
    }
    if (problems.length) throw new DomainError('VALIDATION', 'Some cases cannot be reassigned; nothing was changed', problems);
    const now = deps.clock.now().toISOString();
    let moved = 0;
    for (const id of ids) {
      const c = (await caseRepo.find(uow.tx, id, true))!;
      if (c.assignedWorkerId === input.toWorkerId) continue;
      const worker = membersByUnit.get(c.unitId)!.find((m) => m.id === input.toWorkerId)!;
      await moveCase(uow, c, worker, caller.principal.userId, input.reason, now);
      moved++;
    }
    return { moved, unchanged: ids.length - moved, toWorkerId: input.toWorkerId };
  });
}
