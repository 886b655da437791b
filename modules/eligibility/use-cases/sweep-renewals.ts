import { sql } from 'drizzle-orm';
import { addDays } from '@hearth/kernel';
import { inTransaction, SYSTEM_ACTOR } from '@hearth/platform';
import { monthOf, nextMonth, lastDayOfMonth } from '../domain/months.js';
import { renewalWindow } from '../domain/renewal.js';
import type { EligProgram } from '../domain/programs.js';
import { rowsOf } from '../adapters/rows.js';
import { certificationRepo } from '../adapters/ledger.repo.js';
import { decisionRepo } from '../adapters/decision.repo.js';
import { applicationRepo } from '../adapters/application.repo.js';
import { casesGateway } from '../adapters/cases-gateway.js';
import type { EligibilityDeps } from '../ports.js';
import { record, systemCaller } from './support/common.js';
import { requestNotice } from './support/notices.js';


/**
 * Renewals: when a certification reaches its renewal window it goes to 'renewal_pending' with a renewal notice,
 * a task for the worker and (Medicaid) the 30-day renewal clock; when it ends with no renewal approved it lapses:
 * benefits close (the case closes through the cases module) and a closure notice goes out.
 */
export async function sweepRenewals(deps: EligibilityDeps, o: { today: string }) {
  const out = { renewalsRaised: 0, lapsed: 0 };
  const current = monthOf(o.today);
  await inTransaction(deps.database, SYSTEM_ACTOR, async (uow) => {
    const cases = casesGateway(deps.cases, uow);
    const due = rowsOf<{ caseId: string; program: EligProgram; endMonth: string }>(await uow.tx.execute(sql`SELECT case_id, program, end_month FROM elig_certification
      WHERE status = 'active' AND end_month <= ${nextMonth(current, 1)} ORDER BY case_id FOR UPDATE SKIP LOCKED`));
    for (const c of due) {
      const w = renewalWindow(c.program, c.endMonth);
      if (o.today < w.raiseOn) continue;
      const cert = await certificationRepo.update(uow.tx, c.caseId, { status: 'renewal_pending', renewalRaisedOn: o.today });
      record(uow, { action: 'certification.renewal_raised', entityType: 'elig_certification', row: { id: c.caseId, ...cert }, caseId: c.caseId });
      const app = (await applicationRepo.find(uow.tx, cert.applicationId))!;
      await requestNotice(uow, deps, {
        caseId: c.caseId, applicationId: app.id, kind: 'renewal', language: app.language, decisionId: null, determinationId: null, requestedOn: o.today, effectiveOn: null,
        payload: { program: c.program, certificationEnds: lastDayOfMonth(c.endMonth), fileBy: w.fileBy, citation: w.citation, consequences: 'Benefits end when the certification period ends unless you renew.' },
      });
      const caseRow = (await cases.open(systemCaller().principal, c.caseId)).row;
      if (caseRow.assignedWorkerId) {
        await cases.createTask(systemCaller(), c.caseId, { title: `Renewal due: ${c.program.toUpperCase()} certification ends ${lastDayOfMonth(c.endMonth)}`, description: `${w.citation}. Renewal filed by ${w.fileBy} is timely.`, dueOn: w.fileBy, priority: 'high' });
      }
      if (w.clock) await cases.startClock(systemCaller(), c.caseId, { typeCode: w.clock, startedOn: o.today });
      out.renewalsRaised++;
    }
    const lapsed = rowsOf<{ caseId: string; program: EligProgram; endMonth: string; applicationId: string }>(await uow.tx.execute(sql`SELECT case_id, program, end_month, application_id FROM elig_certification
      WHERE status = 'renewal_pending' AND end_month < ${current} ORDER BY case_id FOR UPDATE SKIP LOCKED`));
    for (const c of lapsed) {
      const app = (await applicationRepo.find(uow.tx, c.applicationId))!;
      const closeMonth = nextMonth(c.endMonth);
      const decision = await decisionRepo.insert(uow.tx, {
        applicationId: app.id, caseId: c.caseId, program: c.program, kind: 'closure', status: 'approved', outcome: 'close', firstMonth: closeMonth, lastMonth: closeMonth,
        effectiveMonth: closeMonth, certificationStart: null, certificationEnd: null, reasonCode: 'RENEWAL_NOT_COMPLETED',
        summary: `The certification ended ${lastDayOfMonth(c.endMonth)} and no renewal was completed (${renewalWindow(c.program, c.endMonth).citation}).`, changeId: null, submittedBy: null, createdAt: deps.clock.now().toISOString(),
      });
      const cert = await certificationRepo.update(uow.tx, c.caseId, { status: 'lapsed' });
      record(uow, { action: 'certification.lapsed', entityType: 'elig_certification', row: { id: c.caseId, ...cert }, caseId: c.caseId });
      // Benefits stop here (no issuance after a lapsed certification). The case file itself is closed by a person: the
      // cases module records every finalizing action with the staff member who took it, so the sweep raises a task.
      const caseRow = (await cases.open(systemCaller().principal, c.caseId)).row;
      if (caseRow.assignedWorkerId) {
        await cases.createTask(systemCaller(), c.caseId, { title: `Renewal lapsed: ${c.program.toUpperCase()} benefits closed — close the case file`, description: decision.summary, dueOn: o.today, priority: 'high' });
      }
      await requestNotice(uow, deps, {
        caseId: c.caseId, applicationId: app.id, kind: 'closure', language: app.language, decisionId: decision.id, determinationId: null, requestedOn: o.today, effectiveOn: addDays(lastDayOfMonth(c.endMonth), 1),
        payload: { program: c.program, reasonCode: 'RENEWAL_NOT_COMPLETED', summary: decision.summary },
      });
      out.lapsed++;
    }
  });
  return out;
}
