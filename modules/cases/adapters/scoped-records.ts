import type { Sql } from '@hearth/platform';
import type { ScopedRecord } from '@hearth/identity';
import { caseRepo } from './case.repo.js';

/** For the people module: the cases a person is on, as the access policy sees them. */
export async function scopedRecordsFor(personId: string, tx: Sql): Promise<Array<ScopedRecord & { caseId: string }>> {
  const rows = await caseRepo.scopesForPerson(tx, personId);
  return rows.map((r) => ({ caseId: r.caseId, assignedWorkerId: r.assignedWorkerId, unitId: r.unitId, programCode: r.programCode, restricted: Boolean(r.restricted) }));
}
