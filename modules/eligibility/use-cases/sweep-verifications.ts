import { inTransaction, SYSTEM_ACTOR, type Sql } from '@hearth/platform';
import { monthOf } from '../domain/months.js';
import { proceduralDenial } from '../domain/verification.js';
import type { EligProgram } from '../domain/programs.js';
import { applicationRepo } from '../adapters/application.repo.js';
import { decisionRepo } from '../adapters/decision.repo.js';
import { verificationRepo } from '../adapters/work.repo.js';
import { casesGateway } from '../adapters/cases-gateway.js';
import type { EligibilityDeps } from '../ports.js';
import { record, systemCaller } from './support/common.js';

export interface VerificationSweepResult {
  checked: number;
  missed: number;
  denialsProposed: number;
  tasksCreated: number;
}

/**
 * Requests past their due date with no proof: each becomes 'missed', and for every program still pending on it a
 * procedural denial is proposed (reason, citation, the earliest date it may go out) with an urgent task for the
 * case's worker — never a silent denial and never a silent wait. Batches commit separately; a rerun finds nothing new.
 */
export async function sweepVerifications(deps: EligibilityDeps, o: { today: string; batchSize?: number; onBatch?: (tx: Sql, r: VerificationSweepResult) => Promise<void> }): Promise<VerificationSweepResult> {
  const total: VerificationSweepResult = { checked: 0, missed: 0, denialsProposed: 0, tasksCreated: 0 };
  for (;;) {
    const more = await inTransaction(deps.database, SYSTEM_ACTOR, async (uow) => {
      const batch = await verificationRepo.overdue(uow.tx, o.today, o.batchSize ?? 200);
      if (batch.length === 0) return false;
      const cases = casesGateway(deps.cases, uow);
      for (const req of batch) {
        total.checked++;
        const missed = await verificationRepo.resolve(uow.tx, req.id, 'missed', o.today);
        record(uow, { action: 'verification.missed', entityType: 'elig_verification_request', row: missed as any, before: req });
        total.missed++;
        const app = (await applicationRepo.find(uow.tx, req.applicationId))!;
        for (const p of await applicationRepo.programs(uow.tx, req.applicationId)) {
          if (!req.programs.includes(p.program) || p.status !== 'pending' || !p.caseId) continue;
          const denial = proceduralDenial(p.program as EligProgram, app.filedOn, req.dueOn, req.item);
          const decision = await decisionRepo.insert(uow.tx, {
            applicationId: app.id, caseId: p.caseId, program: p.program, kind: 'procedural_denial', status: 'proposed', outcome: 'deny',
            firstMonth: monthOf(app.filedOn), lastMonth: monthOf(app.filedOn), effectiveMonth: null, certificationStart: null, certificationEnd: null,
            reasonCode: denial.reasonCode, summary: `${denial.text.en} Deny no earlier than ${denial.earliestOn} (${denial.citation}).`, changeId: null, submittedBy: null, createdAt: deps.clock.now().toISOString(),
          });
          record(uow, { action: 'decision.proposed', entityType: 'elig_decision', row: decision as any, caseId: p.caseId, reason: denial.citation });
          total.denialsProposed++;
          const c = await cases.open(systemCaller().principal, p.caseId);
          if (c.row.assignedWorkerId) {
            await cases.createTask(systemCaller(), p.caseId, {
              title: `Proof not received: ${req.item} — ${p.program.toUpperCase()} denial proposed`,
              description: `${denial.text.en} Send the denial (decision ${decision.id}) no earlier than ${denial.earliestOn}, or record the proof if it arrived. ${denial.citation}.`,
              dueOn: denial.earliestOn > o.today ? denial.earliestOn : o.today,
              priority: 'urgent',
            });
            total.tasksCreated++;
          }
        }
      }
      await o.onBatch?.(uow.tx, total);
      return true;
    });
    if (!more) return total;
  }
}
