import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { CONFIDENTIALITY_FLAGS } from '../domain/programs.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';

export const setConfidentialityInput = z.strictObject({
  flags: z.array(z.enum(CONFIDENTIALITY_FLAGS)).max(CONFIDENTIALITY_FLAGS.length),
  reason: z.string().trim().min(5).max(1000),
});

/** Sets a case's confidentiality flags. Adding is any worker's duty; lifting one needs a supervisor (override.approve). */
export async function setConfidentiality(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const input = parseInput(setConfidentialityInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    const next = [...new Set(input.flags)].sort();
    const lifted = row.confidentiality.filter((f) => !next.includes(f as (typeof next)[number]));
    if (lifted.length > 0 && !(caller.principal.permissions.has('override.approve') && caller.principal.supervisorUnitIds.includes(row.unitId))) {
      throw new DomainError('SUPERVISOR_REQUIRED', `Lifting ${lifted.join(', ')} needs a supervisor of the case's unit`);
    }
    const updated = await caseRepo.update(uow.tx, caseId, { confidentiality: next });
    record(uow, { action: 'case.confidentiality_set', entityType: 'case', row: updated, caseId, personId: row.primaryPersonId, before: row, reason: input.reason });
    return { caseId, confidentiality: updated.confidentiality, restricted: Boolean(updated.restricted) };
  });
}
