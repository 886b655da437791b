import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { CASE_PROGRAMS, CONFIDENTIALITY_FLAGS } from '../domain/programs.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, allUnits, record, type Caller } from './support/caller.js';
import { caseDetail, type CaseDetail } from './support/case-detail.js';

export const createCaseInput = z.strictObject({
  programCode: z.enum(CASE_PROGRAMS),
  unitId: z.uuid(),
  primaryPersonId: z.uuid(),
  assignedWorkerId: z.uuid().optional(),
  complexity: z.number().int().min(1).max(5).optional(),
  confidentiality: z.array(z.enum(CONFIDENTIALITY_FLAGS)).max(CONFIDENTIALITY_FLAGS.length).optional(),
});
export type CreateCaseInput = z.input<typeof createCaseInput>;

/** Opens a case file (status intake) for a person in a unit, with its first assignment. */
export async function createCase(
  caller: Caller,
  raw: CreateCaseInput,
  deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people' | 'clockTypes'>,
): Promise<CaseDetail> {
  const input = parseInput(createCaseInput, raw);
  const p = caller.principal;
  if (!allUnits(p).includes(input.unitId)) {
    throw new DomainError('NOT_IN_SCOPE', 'You can open cases only in your own units', [{ path: 'unitId', message: 'not one of your units' }]);
  }
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    if (!(await deps.people.exists(input.primaryPersonId, uow.tx))) {
      throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'primaryPersonId', message: 'no such person' }]);
    }
    const members = await deps.staff.unitMembers(input.unitId, uow.tx);
    let workerId: string | null = input.assignedWorkerId ?? null;
    if (workerId) {
      if (!members.some((m) => m.id === workerId && m.active)) {
        throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'assignedWorkerId', message: 'not an active worker in this unit' }]);
      }
    } else if (members.some((m) => m.id === p.userId)) {
      workerId = p.userId;
    }
    const today = deps.clock.today();
    const row = await caseRepo.insert(uow.tx, {
      programCode: input.programCode,
      unitId: input.unitId,
      primaryPersonId: input.primaryPersonId,
      assignedWorkerId: workerId,
      complexity: input.complexity ?? 2,
      confidentiality: [...new Set(input.confidentiality ?? [])],
      openedOn: today,
    });
    record(uow, { action: 'case.created', entityType: 'case', row, caseId: row.id, personId: row.primaryPersonId });
    const participant = await caseRepo.insertParticipant(uow.tx, {
      caseId: row.id,
      personId: input.primaryPersonId,
      role: 'primary',
      startedOn: today,
      addedBy: p.userId,
    });
    record(uow, { action: 'participant.added', entityType: 'case_participant', row: participant, caseId: row.id, personId: input.primaryPersonId });
    if (workerId) {
      const a = await caseRepo.insertAssignment(uow.tx, { caseId: row.id, workerId, unitId: row.unitId, assignedAt: deps.clock.now().toISOString(), assignedBy: p.userId, reason: 'case opened' });
      record(uow, { action: 'case.assigned', entityType: 'case_assignment', row: a, caseId: row.id });
    }
    return caseDetail(uow.tx, row, 'assigned', deps);
  });
}
