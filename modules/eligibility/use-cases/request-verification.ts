import { z } from 'zod';
import { DomainError, notFound, diffDays } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { ELIG_PROGRAMS } from '../domain/programs.js';
import { defaultDueDate, MIN_RESPONSE_CITATION, MIN_RESPONSE_DAYS } from '../domain/verification.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { verificationRepo, type VerificationRequestRow } from '../adapters/work.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, parseInput, record, type Caller } from './support/common.js';
import { openApplication } from './support/access.js';
import { requestNotice } from './support/notices.js';
import { insertEvidenceVersion } from './record-evidence.js';

export const requestVerificationInput = z.strictObject({
  item: z.string().trim().min(3).max(300).describe('What proof is needed, in plain words ("a pay stub from Acme for October")'),
  evidenceKey: z.uuid().optional().describe('The evidence item the proof is for (its verification becomes "requested")'),
  programs: z.array(z.enum(ELIG_PROGRAMS)).min(1).optional().describe('Programs waiting on it; all pending programs of the application when omitted'),
  dueOn: dateString.optional().describe(`At least ${MIN_RESPONSE_DAYS} days after today (${MIN_RESPONSE_CITATION}); today + ${MIN_RESPONSE_DAYS} when omitted`),
});

export function verificationView(v: VerificationRequestRow) {
  return { id: v.id, applicationId: v.applicationId, evidenceKey: v.evidenceKey, item: v.item, programs: v.programs, requestedOn: v.requestedOn, dueOn: v.dueOn, status: v.status, resolvedOn: v.resolvedOn };
}

/** Asks the household for proof by a due date (≥ 10 days) and queues the verification-request notice. */
export async function requestVerification(caller: Caller, applicationId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(requestVerificationInput, raw);
  const today = deps.clock.today();
  const dueOn = input.dueOn ?? defaultDueDate(today);
  if (diffDays(today, dueOn) < MIN_RESPONSE_DAYS) throw invalid('dueOn', `give the household at least ${MIN_RESPONSE_DAYS} days (${MIN_RESPONSE_CITATION})`);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app, programs } = await openApplication(uow, caller, applicationId, deps, { lock: true });
    if (app.status !== 'registered') throw new DomainError('INVALID_STATE', 'Register the application first');
    const pending = programs.filter((p) => p.status === 'pending').map((p) => p.program);
    const forPrograms = input.programs ?? pending;
    if (forPrograms.length === 0) throw new DomainError('INVALID_STATE', 'No program on this application is waiting for a decision');
    forPrograms.forEach((p, i) => {
      if (!app.programs.includes(p)) throw invalid(`programs.${i}`, 'not applied for on this application');
    });
    if (input.evidenceKey) {
      const ev = await evidenceRepo.latest(uow.tx, input.evidenceKey);
      if (!ev || ev.applicationId !== app.id) throw invalid('evidenceKey', 'not evidence of this application');
      await insertEvidenceVersion(uow, input.evidenceKey, { verification: 'requested', reason: `verification requested: ${input.item}` }, { userId: caller.principal.userId, at: deps.clock.now() });
    }
    const row = await verificationRepo.insert(uow.tx, { applicationId: app.id, evidenceKey: input.evidenceKey ?? null, item: input.item, programs: forPrograms, requestedOn: today, dueOn, requestedBy: caller.principal.userId });
    record(uow, { action: 'verification.requested', entityType: 'elig_verification_request', row: row as any });
    const caseIds = programs.filter((p) => forPrograms.includes(p.program) && p.caseId).map((p) => p.caseId!);
    const notice = await requestNotice(uow, deps, {
      caseId: caseIds[0] ?? null, applicationId: app.id, kind: 'verification_request', language: app.language, decisionId: null, determinationId: null,
      requestedOn: today, effectiveOn: null,
      payload: { items: [{ item: input.item, dueOn }], programs: forPrograms, caseIds, citation: MIN_RESPONSE_CITATION, offerOfHelp: true },
    });
    return { ...verificationView(row), noticeRequestId: notice.id };
  });
}

export const receiveVerificationInput = z.strictObject({
  documentId: z.uuid().optional().describe('The uploaded proof (a cases document)'),
  source: z.enum(['pay_stub', 'employer_statement', 'electronic_data', 'bank_statement', 'lease', 'utility_bill', 'court_order', 'legal_document', 'benefit_letter', 'other_document', 'collateral_contact']).default('other_document'),
  note: z.string().trim().max(1000).optional(),
});

/** The proof arrived: the request closes and its evidence item becomes verified (a new version). */
export async function receiveVerification(caller: Caller, requestId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(receiveVerificationInput, raw ?? {});
  const today = deps.clock.today();
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const req = await verificationRepo.find(uow.tx, requestId);
    if (!req) throw notFound('Verification request', requestId);
    await openApplication(uow, caller, req.applicationId, deps);
    if (req.status !== 'open' && req.status !== 'missed') throw new DomainError('INVALID_STATE', `The request is already ${req.status}`);
    if (req.evidenceKey) {
      await insertEvidenceVersion(uow, req.evidenceKey, { verification: 'verified', source: input.source, documentId: input.documentId ?? undefined, reason: input.note ?? `verified: ${req.item}` }, { userId: caller.principal.userId, at: deps.clock.now() });
    }
    const done = await verificationRepo.resolve(uow.tx, req.id, 'received', today);
    record(uow, { action: 'verification.received', entityType: 'elig_verification_request', row: done as any, before: req });
    return verificationView(done);
  });
}

export async function listVerifications(caller: Caller, applicationId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app } = await openApplication(uow, caller, applicationId, deps);
    return { items: (await verificationRepo.forApplication(uow.tx, app.id)).map(verificationView) };
  });
}
