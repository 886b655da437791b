import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, type UnitOfWork } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { parseInput } from '../domain/validation.js';
import type { CaseRow } from '../db/schema.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps, StaffMember } from '../ports.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const assignCaseInput = z.strictObject({
  workerId: z.uuid(),
  reason: z.string().trim().min(3).max(1000),
});

/** May this principal move cases of that unit? Leads and supervisors of the unit, or the program's manager. */
export function mayAssignIn(p: Principal, c: Pick<CaseRow, 'unitId' | 'programCode'>): boolean {
  return p.leadUnitIds.includes(c.unitId) || p.supervisorUnitIds.includes(c.unitId) || p.programCodes.includes(c.programCode) || (p.permissions.has('case.assign') && p.unitIds.includes(c.unitId));
}

/** Ends the current assignment and starts one with the new worker (shared by assign and bulk reassign). */
export async function moveCase(uow: UnitOfWork, c: CaseRow, worker: StaffMember, by: string, reason: string, now: string): Promise<CaseRow> {
  const current = await caseRepo.currentAssignment(uow.tx, c.id);
  if (current) {
    const ended = await caseRepo.endAssignment(uow.tx, current.id, now);
    record(uow, { action: 'case.unassigned', entityType: 'case_assignment', row: ended, caseId: c.id, before: current, reason });
  }
  const a = await caseRepo.insertAssignment(uow.tx, { caseId: c.id, workerId: worker.id, unitId: c.unitId, assignedAt: now, assignedBy: by, reason });
  record(uow, { action: 'case.assigned', entityType: 'case_assignment', row: a, caseId: c.id, reason });
  const updated = await caseRepo.update(uow.tx, c.id, { assignedWorkerId: worker.id });
  record(uow, { action: 'case.assigned', entityType: 'case', row: updated, caseId: c.id, personId: c.primaryPersonId, before: c, reason });
  return updated;
}

/** Assigns one case to a worker of its unit. */
export async function assignCase(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff'>) {
  const input = parseInput(assignCaseInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const c = await caseRepo.find(uow.tx, caseId, true);
    if (!c) throw notFound('Case', caseId);
    if (!mayAssignIn(caller.principal, c)) throw new DomainError('NOT_IN_SCOPE', 'You cannot assign cases of this unit');
    const worker = (await deps.staff.unitMembers(c.unitId, uow.tx)).find((m) => m.id === input.workerId && m.active);
    if (!worker) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'workerId', message: 'not an active worker in the case\'s unit' }]);
    if (c.assignedWorkerId === worker.id) throw new DomainError('CONFLICT', 'The case is already assigned to that worker');
    const updated = await moveCase(uow, c, worker, caller.principal.userId, input.reason, deps.clock.now().toISOString());
    return { caseId: updated.id, assignedWorkerId: updated.assignedWorkerId, assignedWorkerName: worker.displayName };
  });
}
