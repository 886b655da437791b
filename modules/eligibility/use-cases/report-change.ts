import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { DomainError, addDays } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { governingFor, planChange, ADVANCE_NOTICE_CITATION } from '../domain/benefits.js';
import { monthOf, monthsBetween, nextMonth } from '../domain/months.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { decisionRepo } from '../adapters/decision.repo.js';
import { certificationRepo, ledgerRepo } from '../adapters/ledger.repo.js';
import { changeRepo } from '../adapters/change.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, parseInput, record, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';
import { evaluateMonths } from './support/evaluate.js';
import { insertEvidence, insertEvidenceVersion, recordEvidenceInput, reviseEvidenceInput } from './record-evidence.js';
import { storeDecision } from './determine-eligibility.js';
import { decisionView } from './support/decision-views.js';

export const reportChangeInput = z.strictObject({
  kind: z.enum(['income', 'member', 'address', 'expense', 'resource']),
  description: z.string().trim().min(3).max(1000),
  effectiveOn: dateString.describe('When the change happened'),
  reportedOn: dateString.optional().describe('When the household reported it; today when omitted (late reports can make over-issuances)'),
  add: z.array(recordEvidenceInput).max(20).default([]).describe('New evidence items (a new job, a new member …)'),
  revise: z.array(reviseEvidenceInput.extend({ evidenceKey: z.uuid() })).max(20).default([]).describe('New versions of existing items (an end date, a new amount …)'),
});

/**
 * A reported change: the evidence is versioned (tied to the change), every affected month from the change through
 * next month (within the certification) is recomputed, old and new are compared month by month, and the decision is
 * routed like any determination. On approval: supplements, an over-issuance claim, or a reduction after advance notice.
 */
export async function reportChange(caller: Caller, caseId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(reportChangeInput, raw);
  const today = deps.clock.today();
  const reportedOn = input.reportedOn ?? today;
  if (reportedOn > today) throw invalid('reportedOn', 'cannot be in the future');
  if (input.effectiveOn > addDays(today, 60)) throw invalid('effectiveOn', 'more than 60 days ahead');
  if (input.add.length + input.revise.length === 0) throw invalid('add', 'record the evidence that changed (add or revise)');
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { program, app } = await openProgramCase(uow, caller, caseId, deps, { lock: true });
    const cert = await certificationRepo.find(uow.tx, caseId, true);
    if (!cert || cert.status === 'closed' || cert.status === 'lapsed') throw new DomainError('INVALID_STATE', 'The case has no current certification; determine eligibility instead');
    if ((await decisionRepo.openForCase(uow.tx, caseId)).some((d) => d.status === 'pending_review')) throw new DomainError('CONFLICT', 'A decision on this case is waiting for review');
    const changeId = randomUUID();
    const change = await changeRepo.insert(uow.tx, { id: changeId, applicationId: app.id, caseId, kind: input.kind, description: input.description, effectiveOn: input.effectiveOn, reportedOn, reportedBy: caller.principal.userId });
    record(uow, { action: 'change.reported', entityType: 'elig_change', row: change as any, caseId });
    const by = { userId: caller.principal.userId, at: deps.clock.now() };
    for (const [i, a] of input.add.entries()) {
      try { await insertEvidence(uow, app, a, by, changeId); } catch (e) { throw prefixed(e, `add.${i}`); }
    }
    for (const [i, r] of input.revise.entries()) {
      const { evidenceKey, ...rest } = r;
      const prev = await evidenceRepo.latest(uow.tx, evidenceKey);
      if (!prev || prev.applicationId !== app.id) throw invalid(`revise.${i}.evidenceKey`, 'not evidence of this application');
      try { await insertEvidenceVersion(uow, evidenceKey, rest, by, changeId); } catch (e) { throw prefixed(e, `revise.${i}`); }
    }
    const first = monthOf(input.effectiveOn) < cert.startMonth ? cert.startMonth : monthOf(input.effectiveOn);
    const wanted = nextMonth(monthOf(today));
    const last = wanted > cert.endMonth ? cert.endMonth : wanted < first ? first : wanted;
    const months = monthsBetween(first, last);
    const evidence = await evidenceRepo.forApplication(uow.tx, app.id);
    const evaluated = evaluateMonths({ program: program.program, state: deps.state, filedOn: app.filedOn, tanfStatus: 'recipient', evidence, months });
    const candidates = await decisionRepo.approvedCandidates(uow.tx, caseId);
    const ledger = await ledgerRepo.forCase(uow.tx, caseId);
    const paid = new Map<string, number>();
    for (const e of ledger) if (e.kind !== 'reduction') paid.set(e.benefitMonth, (paid.get(e.benefitMonth) ?? 0) + e.amountCents);
    const comparison = evaluated.map((m) => {
      const old = governingFor(m.month, candidates);
      return { month: m.month, oldCents: old ? (old.eligible ? (old.amountCents ?? 0) : 0) : null, oldEligible: old?.eligible ?? null, newCents: m.amountCents ?? 0, newEligible: m.eligible, paidCents: paid.has(m.month) ? paid.get(m.month)! : null };
    });
    const plan = planChange(comparison, { changeEffectiveOn: input.effectiveOn, noticeDate: today });
    await changeRepo.setResult(uow.tx, changeId, { comparison: { months: comparison }, adverse: plan.adverse, decisionId: null as unknown as string });
    const { decision } = await storeDecision(uow, caller, deps, {
      app, caseId, program: program.program, kind: 'change', outcome: evaluated.some((m) => m.eligible) ? 'change' : 'close', months: evaluated, changeId,
    });
    const updatedChange = await changeRepo.setResult(uow.tx, changeId, { comparison: { months: comparison }, adverse: plan.adverse, decisionId: decision.id });
    return {
      change: { id: updatedChange.id, kind: updatedChange.kind, description: updatedChange.description, effectiveOn: updatedChange.effectiveOn, reportedOn: updatedChange.reportedOn, adverse: plan.adverse },
      comparison: plan.months.map((m, i) => ({ month: m.month.slice(0, 7), oldCents: comparison[i]!.oldCents, newCents: comparison[i]!.newCents, paidCents: comparison[i]!.paidCents, action: m.action, amountCents: m.amountCents })),
      advanceNotice: plan.adverse ? { noticePeriodEndsOn: plan.noticePeriodEndsOn, effectiveMonth: plan.effectiveMonth.slice(0, 7), citation: ADVANCE_NOTICE_CITATION } : null,
      supplementCents: plan.supplementCents,
      overissuedCents: plan.overissuedCents,
      decision: await decisionView(uow.tx, decision),
    };
  });
}

function prefixed(e: unknown, prefix: string): unknown {
  if (e instanceof DomainError && e.code === 'VALIDATION') return new DomainError('VALIDATION', e.message, e.details.map((d) => ({ path: `${prefix}.${d.path}`, message: d.message })));
  return e;
}
