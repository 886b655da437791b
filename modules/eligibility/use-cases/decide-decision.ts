import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { decisionRepo } from '../adapters/decision.repo.js';
import { casesGateway } from '../adapters/cases-gateway.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, parseInput, record, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';
import { applyDecision } from './support/apply-decision.js';
import { decisionView } from './support/decision-views.js';

export const approveDecisionInput = z.strictObject({ comment: z.string().trim().max(2000).optional() });
export const returnDecisionInput = z.strictObject({ comment: z.string().trim().min(3, 'say what needs to change').max(2000) });

/**
 * A lead or supervisor approves a Case Manager I's decision: the cases review is approved (same transaction) and the
 * decision takes effect — certification, issuance, clocks, notice — in the approver's name.
 */
export async function approveDecision(caller: Caller, decisionId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(approveDecisionInput, raw ?? {});
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.find(uow.tx, decisionId, true);
    if (!d) throw notFound('Decision', decisionId);
    if (d.status !== 'pending_review' || !d.reviewId) throw new DomainError('INVALID_STATE', `The decision is ${d.status}, not waiting for review`);
    const { app } = await openProgramCase(uow, caller, d.caseId, deps, { lock: true });
    await casesGateway(deps.cases, uow).approveReview(caller, d.reviewId, input.comment);
    const applied = await applyDecision(uow, caller, d, app, deps, { submittedBy: d.submittedBy, approvedBy: caller.principal.userId });
    return decisionView(uow.tx, applied.decision);
  });
}

/** Returns a decision to its worker with comments; nothing takes effect. The worker determines again. */
export async function returnDecision(caller: Caller, decisionId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(returnDecisionInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.find(uow.tx, decisionId, true);
    if (!d) throw notFound('Decision', decisionId);
    if (d.status !== 'pending_review' || !d.reviewId) throw new DomainError('INVALID_STATE', `The decision is ${d.status}, not waiting for review`);
    await openProgramCase(uow, caller, d.caseId, deps);
    await casesGateway(deps.cases, uow).returnReview(caller, d.reviewId, input.comment);
    const returned = await decisionRepo.update(uow.tx, d.id, { status: 'returned' });
    record(uow, { action: 'decision.returned', entityType: 'elig_decision', row: returned as any, caseId: d.caseId, before: d, reason: input.comment });
    return decisionView(uow.tx, returned);
  });
}

/**
 * A worker sends a proposed decision (e.g. the sweep's procedural denial): routed like any determination.
 * Refused before the earliest date the rules allow (it is in the decision's summary and checked here for SNAP).
 */
export async function submitProposedDecision(caller: Caller, decisionId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.find(uow.tx, decisionId, true);
    if (!d) throw notFound('Decision', decisionId);
    if (d.status !== 'proposed') throw new DomainError('INVALID_STATE', `The decision is ${d.status}`);
    const { app, program } = await openProgramCase(uow, caller, d.caseId, deps, { lock: true });
    if (program.status !== 'pending') throw new DomainError('INVALID_STATE', `The ${program.program} application is already ${program.status}`);
    const earliest = /no earlier than (\d{4}-\d{2}-\d{2})/.exec(d.summary)?.[1];
    if (earliest && deps.clock.today() < earliest) throw new DomainError('INVALID_STATE', `This denial may not go out before ${earliest}`);
    const routed = await casesGateway(deps.cases, uow).submit(caller.principal, d.caseId, { kind: 'determination', summary: d.summary, details: { eligibilityDecisionId: d.id, program: d.program } }, deps.clock.today());
    if (routed.status === 'pending_review') {
      const pending = await decisionRepo.update(uow.tx, d.id, { status: 'pending_review', reviewId: routed.reviewId });
      record(uow, { action: 'decision.submitted_for_review', entityType: 'elig_decision', row: pending as any, caseId: d.caseId, before: d });
      return decisionView(uow.tx, pending);
    }
    const applied = await applyDecision(uow, caller, d, app, deps, { submittedBy: caller.principal.userId, approvedBy: null });
    return decisionView(uow.tx, applied.decision);
  });
}

export async function getDecision(caller: Caller, decisionId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.find(uow.tx, decisionId);
    if (!d) throw notFound('Decision', decisionId);
    await openProgramCase(uow, caller, d.caseId, deps, { log: 'elig_decision' });
    return decisionView(uow.tx, d);
  });
}

/** The decisions of a case, newest last. */
export async function listDecisions(caller: Caller, caseId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    await openProgramCase(uow, caller, caseId, deps, { log: 'elig_decision' });
    const rows = await decisionRepo.forCase(uow.tx, caseId);
    return { items: await Promise.all(rows.map((r) => decisionView(uow.tx, r))) };
  });
}

