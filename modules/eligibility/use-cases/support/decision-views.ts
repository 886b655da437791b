import type { Sql } from '@hearth/platform';
import { decisionRepo, type DecisionRow, type DeterminationRow } from '../../adapters/decision.repo.js';

/** A determination for people: the numbers beside the explanation, and what makes it reproducible. */
export function determinationView(d: DeterminationRow, full = false) {
  return {
    id: d.id,
    month: d.benefitMonth.slice(0, 7),
    program: d.program,
    rulesProgram: d.rulesProgram,
    asOf: d.asOf,
    kind: d.kind,
    eligible: d.eligible,
    amountCents: d.amountCents,
    amount: d.amountCents === null ? null : d.amountCents / 100,
    reasons: d.result.reasons,
    values: d.result.values,
    explanation: d.explanation,
    rulesVersion: d.rulesVersion,
    facts: d.facts,
    ...(full ? { trace: d.trace } : {}),
    createdAt: d.createdAt,
  };
}

export async function decisionView(tx: Sql, d: DecisionRow) {
  const dets = await decisionRepo.determinationsOf(tx, d.id);
  return {
    id: d.id, caseId: d.caseId, applicationId: d.applicationId, program: d.program, kind: d.kind, status: d.status, outcome: d.outcome,
    firstMonth: d.firstMonth.slice(0, 7), lastMonth: d.lastMonth.slice(0, 7), effectiveMonth: d.effectiveMonth?.slice(0, 7) ?? null,
    certification: d.certificationStart ? { start: d.certificationStart.slice(0, 7), end: d.certificationEnd!.slice(0, 7) } : null,
    reasonCode: d.reasonCode, summary: d.summary, changeId: d.changeId, reviewId: d.reviewId,
    submittedBy: d.submittedBy, approvedBy: d.approvedBy, approvedAt: d.approvedAt, createdAt: d.createdAt,
    determinations: dets.map((x) => determinationView(x)),
  };
}
