import type { UnitOfWork } from '@hearth/platform';
import { DomainError } from '@hearth/kernel';
import { casesGateway } from '../../adapters/cases-gateway.js';
import { applicationRepo, type ApplicationRow } from '../../adapters/application.repo.js';
import { EXPEDITED_CLOCK, PROCESSING_CLOCK, type EligProgram } from '../../domain/programs.js';
import type { EligibilityDeps } from '../../ports.js';
import type { Caller } from './common.js';

const ROLE_BY_RELATIONSHIP: Record<string, 'spouse' | 'child' | 'household_member'> = { spouse: 'spouse', partner: 'household_member', child: 'child', stepchild: 'child', grandchild: 'child' };

/**
 * Opens one case per program on the application (cases module: single-program cases), adds the household members
 * with a person record as participants, and starts each program's processing clock from the filing date — plus the
 * 7-day expedited clock when the SNAP screening found the household entitled to expedited service (7 CFR 273.2(i)).
 * Runs inside the caller's unit of work: everything commits together.
 */
export async function openProgramCases(
  uow: UnitOfWork,
  caller: Caller,
  app: ApplicationRow,
  p: { unitId: string; primaryPersonId: string; assignedWorkerId?: string; members: Array<{ personId?: string; relationship: string }> },
  deps: Pick<EligibilityDeps, 'cases'>,
) {
  const cases = casesGateway(deps.cases, uow);
  const out: Array<{ program: EligProgram; caseId: string; caseNumber: string; clocks: Array<{ id: string; typeCode: string; dueOn: string }> }> = [];
  for (const program of app.programs) {
    const c = await cases.createCase(caller, { programCode: program, unitId: p.unitId, primaryPersonId: p.primaryPersonId, ...(p.assignedWorkerId ? { assignedWorkerId: p.assignedWorkerId } : {}) });
    const added = new Set([p.primaryPersonId]);
    for (const m of p.members) {
      if (!m.personId || added.has(m.personId)) continue;
      added.add(m.personId);
      await cases.addParticipant(caller, c.id, { personId: m.personId, role: ROLE_BY_RELATIONSHIP[m.relationship] ?? 'household_member' });
    }
    const clocks = [];
    const codes = [PROCESSING_CLOCK[program], ...(program === 'snap' && app.expedited ? [EXPEDITED_CLOCK] : [])];
    const clockIds: Record<string, string> = {};
    for (const typeCode of codes) {
      const clock = await cases.startClock(caller, c.id, { typeCode, startedOn: app.filedOn });
      clocks.push({ id: clock.id, typeCode: clock.typeCode, dueOn: clock.dueOn });
      clockIds[typeCode] = clock.id;
    }
    await applicationRepo.insertProgram(uow.tx, { applicationId: app.id, program, caseId: c.id, clockIds });
    out.push({ program, caseId: c.id, caseNumber: (c as { caseNumber: string }).caseNumber, clocks });
  }
  if (out.length === 0) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'programs', message: 'choose at least one program' }]);
  return out;
}
