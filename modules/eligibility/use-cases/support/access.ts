import { DomainError, notFound } from '@hearth/kernel';
import type { UnitOfWork } from '@hearth/platform';
import { casesGateway } from '../../adapters/cases-gateway.js';
import { applicationRepo, type ApplicationRow, type ApplicationProgramRow } from '../../adapters/application.repo.js';
import type { EligibilityDeps } from '../../ports.js';
import type { Caller } from './common.js';

/**
 * Opens an application for the caller. A registered application is reached through its cases: the caller must be
 * allowed to open at least one of them (the cases module's scope, break-the-glass and restrictions apply), and a
 * read leaves an access-log entry on that case. An unregistered online application is in the intake queue.
 */
export async function openApplication(
  uow: UnitOfWork,
  caller: Caller,
  applicationId: string,
  deps: Pick<EligibilityDeps, 'cases'>,
  o: { lock?: boolean; log?: string } = {},
): Promise<{ app: ApplicationRow; programs: ApplicationProgramRow[] }> {
  const app = await applicationRepo.find(uow.tx, applicationId, o.lock);
  if (!app) throw notFound('Application', applicationId);
  const programs = await applicationRepo.programs(uow.tx, app.id);
  const caseIds = programs.map((p) => p.caseId).filter((x): x is string => Boolean(x));
  if (caseIds.length === 0) return { app, programs };
  const cases = casesGateway(deps.cases, uow);
  let last: unknown = null;
  for (const caseId of caseIds) {
    try {
      if (o.log) await cases.read(caller.principal, caseId, o.log, app.id);
      else await cases.open(caller.principal, caseId);
      return { app, programs };
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'BREAK_GLASS_REQUIRED') throw err;
      last = err;
    }
  }
  throw last;
}

/** Opens a program case the caller may act on, with the application it belongs to. */
export async function openProgramCase(uow: UnitOfWork, caller: Caller, caseId: string, deps: Pick<EligibilityDeps, 'cases'>, o: { lock?: boolean; log?: string } = {}) {
  const cases = casesGateway(deps.cases, uow);
  const access = o.log ? await cases.read(caller.principal, caseId, o.log) : await cases.open(caller.principal, caseId, o.lock);
  const program = await applicationRepo.programByCase(uow.tx, caseId);
  if (!program) throw new DomainError('INVALID_STATE', 'This case has no eligibility application');
  const app = (await applicationRepo.find(uow.tx, program.applicationId, o.lock))!;
  return { caseRow: access.row, program, app };
}
