import { inTransaction } from '@hearth/platform';
import { applicationRepo } from '../adapters/application.repo.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { currentVersions } from '../domain/evidence.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, type Caller } from './support/common.js';
import { openApplication } from './support/access.js';
import { applicationView } from './support/views.js';

/** An application with its programs (cases, status) and current household members. Logged as a read. */
export async function getApplication(caller: Caller, applicationId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app, programs } = await openApplication(uow, caller, applicationId, deps, { log: 'elig_application' });
    const evidence = currentVersions(await evidenceRepo.forApplication(uow.tx, app.id));
    return { ...applicationView(app, programs, evidence), screening: app.screening, applicant: app.applicant };
  });
}

/** Online applications waiting to be registered, oldest filing date first. */
export async function listReceivedApplications(caller: Caller, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = await applicationRepo.listReceived(uow.tx, 200);
    const today = deps.clock.today();
    return {
      items: rows.map((a) => ({
        id: a.id, applicationNumber: a.applicationNumber, filedOn: a.filedOn, programs: a.programs, expedited: a.expedited, language: a.language,
        applicantName: `${a.applicant.firstName ?? ''} ${a.applicant.lastName ?? ''}`.trim(), householdSize: a.household.length,
        ageDays: Math.round((Date.parse(today) - Date.parse(a.filedOn)) / 86_400_000),
      })),
    };
  });
}
