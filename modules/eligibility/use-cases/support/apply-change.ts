import { DomainError } from '@hearth/kernel';
import type { UnitOfWork } from '@hearth/platform';
import { planChange, ADVANCE_NOTICE_CITATION } from '../../domain/benefits.js';
import { decisionRepo, type DecisionRow, type DeterminationRow } from '../../adapters/decision.repo.js';
import type { ApplicationRow } from '../../adapters/application.repo.js';
import { certificationRepo, claimRepo, ledgerRepo } from '../../adapters/ledger.repo.js';
import { changeRepo } from '../../adapters/change.repo.js';
import type { EligibilityDeps } from '../../ports.js';
import { record, type Caller } from './common.js';
import { requestNotice } from './notices.js';
import { issueDueMonths, noticeMonths } from './apply-decision.js';

/**
 * Carries out an approved change: supplements for months already issued that should have been higher; an
 * over-issuance claim (with its establishment transaction) for months issued too high once the change should have
 * counted; decreases for months not yet issued only after the 10-day advance notice; the change or adverse-action notice.
 */
export async function applyChangeDecision(uow: UnitOfWork, caller: Caller, decision: DecisionRow, app: ApplicationRow, dets: readonly DeterminationRow[], deps: EligibilityDeps) {
  const today = deps.clock.today();
  if (!decision.changeId) throw new DomainError('INVALID_STATE', 'A change decision needs its change');
  const change = (await changeRepo.find(uow.tx, decision.changeId))!;
  const ledger = await ledgerRepo.forCase(uow.tx, decision.caseId);
  const paid = new Map<string, number>();
  for (const e of ledger) if (e.kind !== 'reduction') paid.set(e.benefitMonth, (paid.get(e.benefitMonth) ?? 0) + e.amountCents);
  const oldByMonth = new Map((change.comparison?.months ?? []).map((m) => [m.month, m.oldCents]));
  const plan = planChange(dets.map((d) => ({ month: d.benefitMonth, oldCents: oldByMonth.get(d.benefitMonth) ?? null, newCents: d.amountCents ?? 0, paidCents: paid.has(d.benefitMonth) ? paid.get(d.benefitMonth)! : null })), {
    changeEffectiveOn: change.effectiveOn, noticeDate: today,
  });
  const updated = await decisionRepo.update(uow.tx, decision.id, { effectiveMonth: plan.effectiveMonth });
  const byMonth = new Map(dets.map((d) => [d.benefitMonth, d]));
  const supplements = [];
  for (const m of plan.months.filter((x) => x.action === 'supplement')) {
    const e = await ledgerRepo.insert(uow.tx, { caseId: decision.caseId, program: decision.program, benefitMonth: m.month, kind: 'supplement', amountCents: m.amountCents, decisionId: decision.id, determinationId: byMonth.get(m.month)!.id, claimId: null, issuedOn: today, createdBy: caller.principal.userId });
    record(uow, { action: 'benefit.supplemented', entityType: 'elig_ledger_entry', row: e as any, caseId: decision.caseId });
    supplements.push(e);
  }
  let claim = null;
  const over = plan.months.filter((x) => x.action === 'overissued');
  if (over.length) {
    claim = await claimRepo.insert(uow.tx, { caseId: decision.caseId, program: decision.program, claimType: 'IHE', decisionId: decision.id, months: over.map((m) => ({ month: m.month.slice(0, 7), amountCents: m.amountCents })), establishedOn: today });
    const establish = await claimRepo.insertTxn(uow.tx, { claimId: claim.id, kind: 'establish', amountCents: plan.overissuedCents, onDate: today, note: 'over-issuance from a reported change (7 CFR 273.18)', createdBy: caller.principal.userId });
    record(uow, { action: 'claim.established', entityType: 'elig_claim', row: { ...claim, establishTxnId: establish.id } as any, caseId: decision.caseId });
  }
  const issued = await issueDueMonths(uow, updated, dets, { today, by: caller.principal.userId });
  const last = dets[dets.length - 1];
  if (last && (await certificationRepo.find(uow.tx, decision.caseId))) await certificationRepo.update(uow.tx, decision.caseId, { amountCents: last.amountCents ?? 0 });
  const effectiveOn = plan.adverse ? plan.effectiveMonth : null;
  const notice = await requestNotice(uow, deps, {
    caseId: decision.caseId, applicationId: app.id, kind: plan.adverse ? 'adverse_action' : 'change', language: app.language, decisionId: decision.id, determinationId: last?.id ?? null,
    requestedOn: today, effectiveOn,
    payload: {
      program: decision.program, change: { kind: change.kind, description: change.description, effectiveOn: change.effectiveOn, reportedOn: change.reportedOn },
      comparison: plan.months.map((m) => ({ month: m.month.slice(0, 7), oldCents: oldByMonth.get(m.month) ?? null, newCents: byMonth.get(m.month)?.amountCents ?? null, action: m.action })),
      advanceNotice: plan.adverse ? { noticePeriodEndsOn: plan.noticePeriodEndsOn, effectiveMonth: plan.effectiveMonth.slice(0, 7), citation: ADVANCE_NOTICE_CITATION } : null,
      claim: claim ? { id: claim.id, amountCents: plan.overissuedCents } : null,
      months: noticeMonths(dets),
    },
  });
  return { plan, supplements, claim, issued, notice };
}
