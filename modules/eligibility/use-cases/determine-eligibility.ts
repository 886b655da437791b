import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction, type UnitOfWork } from '@hearth/platform';
import { RULES_PROGRAM, type EligProgram } from '../domain/programs.js';
import { monthOf, monthsBetween, parseMonth, nextMonth, type Month } from '../domain/months.js';
import { decisionSummary, initialOutcome } from '../domain/decision.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { decisionRepo, type DecisionRow } from '../adapters/decision.repo.js';
import { certificationRepo } from '../adapters/ledger.repo.js';
import type { ApplicationRow } from '../adapters/application.repo.js';
import { casesGateway } from '../adapters/cases-gateway.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, invalid, monthString, parseInput, record, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';
import { evaluateMonths, storedResult, type EvaluatedMonth } from './support/evaluate.js';
import { applyDecision } from './support/apply-decision.js';
import { decisionView } from './support/decision-views.js';

export const MAX_MONTHS = 24;

export const determineInput = z.strictObject({
  firstMonth: monthString.optional().describe('First benefit month (YYYY-MM); the application month when omitted'),
  lastMonth: monthString.optional().describe('Last benefit month evaluated; the later of the current month and the month after the first when omitted'),
});

/**
 * Stores one decision and its immutable per-month determinations, then routes the decision through the cases module:
 * a Case Manager I's waits in the unit's review queue; anyone else's takes effect now (certification, issuance, notice).
 */
export async function storeDecision(
  uow: UnitOfWork, caller: Caller, deps: EligibilityDeps,
  d: { app: ApplicationRow; caseId: string; program: EligProgram; kind: DecisionRow['kind']; outcome: DecisionRow['outcome']; months: EvaluatedMonth[]; certification?: { start: Month | null; end: Month | null }; changeId?: string | null; reasonCode?: string | null },
) {
  const today = deps.clock.today();
  const summary = decisionSummary(d.program, d.outcome, d.months);
  const decision = await decisionRepo.insert(uow.tx, {
    applicationId: d.app.id, caseId: d.caseId, program: d.program, kind: d.kind, status: 'proposed', outcome: d.outcome,
    firstMonth: d.months[0]!.month, lastMonth: d.months[d.months.length - 1]!.month, effectiveMonth: null,
    certificationStart: d.certification?.start ?? null, certificationEnd: d.certification?.end ?? null, reasonCode: d.reasonCode ?? null, summary,
    changeId: d.changeId ?? null, submittedBy: caller.principal.userId, createdAt: deps.clock.now().toISOString(),
  });
  for (const m of d.months) {
    await decisionRepo.insertDetermination(uow.tx, {
      caseId: d.caseId, applicationId: d.app.id, program: d.program, rulesProgram: RULES_PROGRAM[d.program], benefitMonth: m.month, asOf: m.month, kind: d.kind,
      decisionId: decision.id, runId: null, facts: m.facts, eligible: m.eligible, amountCents: m.amountCents, result: storedResult(m.result) as any,
      trace: m.result.trace ?? null, explanation: m.result.explanation ?? null, rulesVersion: m.result.rulesVersion, createdBy: caller.principal.userId, createdAt: deps.clock.now().toISOString(),
    });
  }
  record(uow, { action: 'decision.created', entityType: 'elig_decision', row: decision as any, caseId: d.caseId });
  const routed = await casesGateway(deps.cases, uow).submit(caller.principal, d.caseId, {
    kind: 'determination', summary, details: { eligibilityDecisionId: decision.id, program: d.program, months: d.months.map((m) => ({ month: m.month.slice(0, 7), eligible: m.eligible, amountCents: m.amountCents })) },
  }, today);
  if (routed.status === 'pending_review') {
    const pending = await decisionRepo.update(uow.tx, decision.id, { status: 'pending_review', reviewId: routed.reviewId });
    record(uow, { action: 'decision.submitted_for_review', entityType: 'elig_decision', row: pending as any, caseId: d.caseId, before: decision });
    return { decision: pending, applied: null };
  }
  const applied = await applyDecision(uow, caller, decision, d.app, deps, { submittedBy: caller.principal.userId, approvedBy: null });
  return { decision: applied.decision, applied };
}

/** POST /cases/:caseId/determinations — evaluates each benefit month from the evidence in force and decides the application. */
export async function determineEligibility(caller: Caller, caseId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(determineInput, raw ?? {});
  const today = deps.clock.today();
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { program, app } = await openProgramCase(uow, caller, caseId, deps, { lock: true });
    const cert = await certificationRepo.find(uow.tx, caseId, true);
    const renewal = cert?.status === 'renewal_pending' || cert?.status === 'lapsed';
    if (program.status !== 'pending' && !renewal) throw new DomainError('INVALID_STATE', `The ${program.program} application is already ${program.status}; report a change instead`);
    if ((await decisionRepo.openForCase(uow.tx, caseId)).some((d) => d.status === 'pending_review')) throw new DomainError('CONFLICT', 'A decision on this case is waiting for review');
    // A renewal evaluates the months after the certification ends (7 CFR 273.14; 42 CFR 435.916).
    const floor = renewal ? nextMonth(cert!.endMonth) : monthOf(app.filedOn);
    const first = input.firstMonth ? parseMonth(input.firstMonth) : floor;
    if (first < floor) throw invalid('firstMonth', renewal ? 'a renewal starts after the current certification' : 'before the application month');
    const current = monthOf(today);
    const last = input.lastMonth ? parseMonth(input.lastMonth) : (current > nextMonth(first) ? current : nextMonth(first));
    if (last < first) throw invalid('lastMonth', 'before firstMonth');
    const months = monthsBetween(first, last);
    if (months.length > MAX_MONTHS) throw invalid('lastMonth', `at most ${MAX_MONTHS} months at once`);
    const evidence = await evidenceRepo.forApplication(uow.tx, app.id);
    const tanfStatus = cert ? 'recipient' : 'applicant';
    const evaluated = evaluateMonths({ program: program.program, state: deps.state, filedOn: app.filedOn, tanfStatus, evidence, months });
    const outcome = initialOutcome(program.program, evaluated);
    const { decision } = await storeDecision(uow, caller, deps, {
      app, caseId, program: program.program, kind: renewal ? 'renewal' : 'initial', outcome: renewal && outcome.outcome === 'deny' ? 'close' : outcome.outcome, months: evaluated,
      certification: { start: outcome.certificationStart, end: outcome.certificationEnd },
    });
    return decisionView(uow.tx, decision);
  });
}
