import { DomainError } from '@hearth/kernel';
import type { UnitOfWork } from '@hearth/platform';
import { monthOf, nextMonth, type Month } from '../../domain/months.js';
import { decisionRepo, type DecisionRow, type DeterminationRow } from '../../adapters/decision.repo.js';
import { applicationRepo, type ApplicationRow } from '../../adapters/application.repo.js';
import { certificationRepo, ledgerRepo } from '../../adapters/ledger.repo.js';
import { casesGateway } from '../../adapters/cases-gateway.js';
import type { EligibilityDeps } from '../../ports.js';
import { record, type Caller } from './common.js';
import { requestNotice } from './notices.js';
import { applyChangeDecision } from './apply-change.js';

export function noticeMonths(dets: readonly DeterminationRow[]) {
  return dets.map((d) => ({
    month: d.benefitMonth.slice(0, 7), eligible: d.eligible, amountCents: d.amountCents,
    reasons: d.result.reasons, explanation: d.explanation, rulesVersion: d.rulesVersion, determinationId: d.id,
  }));
}

/** Issues each month up to the current one that has an amount and no issuance yet (one issuance a case-month). */
export async function issueDueMonths(uow: UnitOfWork, d: DecisionRow, dets: readonly DeterminationRow[], o: { today: string; by: string | null }) {
  const current = monthOf(o.today);
  const existing = new Set((await ledgerRepo.forCase(uow.tx, d.caseId)).filter((e) => e.kind === 'issuance').map((e) => e.benefitMonth));
  const issued = [];
  for (const det of dets) {
    if (det.benefitMonth > current || existing.has(det.benefitMonth) || !det.amountCents || det.amountCents <= 0) continue;
    if (d.effectiveMonth && det.benefitMonth < d.effectiveMonth) continue;
    const e = await ledgerRepo.insert(uow.tx, { caseId: d.caseId, program: d.program, benefitMonth: det.benefitMonth, kind: 'issuance', amountCents: det.amountCents, decisionId: d.id, determinationId: det.id, claimId: null, issuedOn: o.today, createdBy: o.by });
    record(uow, { action: 'benefit.issued', entityType: 'elig_ledger_entry', row: e as any, caseId: d.caseId });
    issued.push(e);
  }
  return issued;
}

/**
 * Carries out an approved decision, in the approver's transaction: application program status, certification
 * period, issuances due, the processing clocks met, and the notice. Changes go to applyChangeDecision.
 */
export async function applyDecision(uow: UnitOfWork, caller: Caller, decision: DecisionRow, app: ApplicationRow, deps: EligibilityDeps, o: { submittedBy: string | null; approvedBy: string | null }) {
  const today = deps.clock.today();
  const approved = await decisionRepo.update(uow.tx, decision.id, { status: 'approved', approvedBy: o.approvedBy ?? o.submittedBy ?? undefined, approvedAt: deps.clock.now().toISOString() });
  record(uow, { action: 'decision.approved', entityType: 'elig_decision', row: approved as any, caseId: decision.caseId, before: decision });
  const dets = await decisionRepo.determinationsOf(uow.tx, decision.id);
  if (approved.kind === 'change') return { decision: approved, ...(await applyChangeDecision(uow, caller, approved, app, dets, deps)) };

  const cases = casesGateway(deps.cases, uow);
  const result: Record<string, unknown> = {};
  if (approved.kind === 'initial' || approved.kind === 'procedural_denial') {
    const decided = await applicationRepo.decideProgram(uow.tx, decision.caseId, { status: approved.outcome === 'approve' ? 'approved' : 'denied', decidedOn: today, decisionId: decision.id });
    if (!decided) throw new DomainError('INVALID_STATE', 'This program was already decided on the application');
    for (const clockId of Object.values(decided.clockIds)) {
      try {
        await cases.completeClock(caller, clockId, { outcome: 'met', reason: `${approved.outcome === 'approve' ? 'approval' : 'denial'} decided (${decision.id})` });
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'INVALID_STATE') throw err; // already ended: nothing to do
      }
    }
  }
  if (approved.kind === 'renewal' && approved.outcome === 'close') {
    const cert = await certificationRepo.update(uow.tx, decision.caseId, { status: 'closed' });
    record(uow, { action: 'certification.closed', entityType: 'elig_certification', row: { id: decision.caseId, ...cert }, caseId: decision.caseId });
  }
  if (approved.outcome === 'approve' && approved.certificationStart && approved.certificationEnd) {
    const last = dets[dets.length - 1];
    const cert = await certificationRepo.upsert(uow.tx, {
      caseId: decision.caseId, applicationId: app.id, program: decision.program, decisionId: decision.id,
      startMonth: approved.certificationStart, endMonth: approved.certificationEnd, status: 'active', amountCents: last?.amountCents ?? 0,
    });
    record(uow, { action: 'certification.set', entityType: 'elig_certification', row: { id: decision.caseId, ...cert }, caseId: decision.caseId });
    result.certification = cert;
    result.issued = await issueDueMonths(uow, approved, dets, { today, by: o.approvedBy ?? o.submittedBy });
  }
  result.notice = await requestNotice(uow, deps, {
    caseId: decision.caseId, applicationId: app.id, kind: approved.outcome === 'approve' ? (approved.kind === 'renewal' ? 'renewal' : 'approval') : approved.outcome === 'close' ? 'closure' : 'denial',
    language: app.language, decisionId: decision.id, determinationId: dets[0]?.id ?? null, requestedOn: today, effectiveOn: null,
    payload: {
      program: decision.program, outcome: approved.outcome, summary: approved.summary, reasonCode: approved.reasonCode,
      certification: approved.certificationStart ? { start: approved.certificationStart.slice(0, 7), end: approved.certificationEnd!.slice(0, 7) } : null,
      months: noticeMonths(dets),
    },
  });
  return { decision: approved, ...result };
}

export function monthAfter(m: Month): Month {
  return nextMonth(m);
}
