import type { UnitOfWork } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import {
  addParticipant, approveReview, completeClock, createCase, createTask, openCase, readCase, returnReview, startClock, submitFinalizingAction,
  type Caller, type CasesDeps,
} from '@hearth/cases';
import { joinedDatabase } from './joined-transaction.js';

/**
 * The cases module's use cases, run inside the eligibility unit of work (their writes and audit events join
 * this transaction as savepoints). Access checks and review routing stay the cases module's.
 */
export function casesGateway(deps: CasesDeps, uow: UnitOfWork) {
  const d = { ...deps, database: joinedDatabase(deps.database, uow) };
  return {
    open: (p: Principal, caseId: string, lock = false) => openCase(uow.tx, p, caseId, deps.clock.now(), lock),
    read: (p: Principal, caseId: string, entityType: string, entityId?: string) => readCase(uow.tx, uow.actor, p, caseId, deps.clock.now(), entityType, entityId),
    createCase: (c: Caller, input: Parameters<typeof createCase>[1]) => createCase(c, input, d),
    addParticipant: (c: Caller, caseId: string, input: unknown) => addParticipant(c, caseId, input, d),
    startClock: (c: Caller, caseId: string, input: { typeCode: string; startedOn: string }) => startClock(c, caseId, input, d),
    completeClock: (c: Caller, clockId: string, input: { outcome: 'met' | 'stopped'; reason?: string }) => completeClock(c, clockId, input, d),
    createTask: (c: Caller, caseId: string, input: Record<string, unknown>) => createTask(c, caseId, input, d),
    submit: (p: Principal, caseId: string, a: { kind: 'determination' | 'closure'; summary: string; details?: Record<string, unknown> }, today: string) =>
      openCase(uow.tx, p, caseId, deps.clock.now(), true).then(({ row }) => submitFinalizingAction(uow, p, row, a, today)),
    approveReview: (c: Caller, reviewId: string, comment?: string) => approveReview(c, reviewId, comment ? { comment } : {}, d),
    returnReview: (c: Caller, reviewId: string, comment: string) => returnReview(c, reviewId, { comment }, d),
  };
}
export type CasesGateway = ReturnType<typeof casesGateway>;
