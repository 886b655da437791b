import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { PARTICIPANT_ROLES } from '../domain/programs.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const addParticipantInput = z.strictObject({
  personId: z.uuid(),
  role: z.enum(PARTICIPANT_ROLES).exclude(['primary']),
});

/** Adds a person to a case in a role (a person may hold several roles, each once at a time). */
export async function addParticipant(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'people'>) {
  const input = parseInput(addParticipantInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    if (row.status === 'closed') throw new DomainError('INVALID_STATE', 'The case is closed');
    if (!(await deps.people.exists(input.personId, uow.tx))) {
      throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'personId', message: 'no such person' }]);
    }
    if (await caseRepo.activeParticipant(uow.tx, caseId, input.personId, input.role)) {
      throw new DomainError('CONFLICT', 'This person already has that role on the case', [{ path: 'role', message: 'already held' }]);
    }
    const part = await caseRepo.insertParticipant(uow.tx, { caseId, personId: input.personId, role: input.role, startedOn: deps.clock.today(), addedBy: caller.principal.userId });
    record(uow, { action: 'participant.added', entityType: 'case_participant', row: part, caseId, personId: input.personId });
    return { id: part.id, caseId, personId: part.personId, role: part.role, startedOn: part.startedOn, endedOn: part.endedOn };
  });
}
