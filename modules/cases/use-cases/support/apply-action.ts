import type { UnitOfWork } from '@hearth/platform';
import { nextStatus, type CaseStatus } from '../../domain/case-status.js';
import type { FinalizingKind } from '../../domain/review-routing.js';
import type { CaseRow } from '../../db/schema.js';
import { caseRepo } from '../../adapters/case.repo.js';
import { clockRepo, reviewRepo } from '../../adapters/work.repo.js';
import { record } from './caller.js';

/** Carries out a finalizing action (directly, or once its review is approved). A closure closes the case and stops its clocks. */
export async function applyFinalizingAction(
  uow: UnitOfWork,
  c: CaseRow,
  a: { kind: FinalizingKind; summary: string; details?: unknown; takenBy: string; approvedBy?: string | null; reviewId?: string | null },
  today: string,
): Promise<{ actionId: string; case: CaseRow }> {
  let current = c;
  if (a.kind === 'closure') {
    const to = nextStatus(c.status as CaseStatus, 'close');
    current = await caseRepo.update(uow.tx, c.id, { status: to, closedOn: today, closeReason: a.summary });
    record(uow, { action: 'case.closed', entityType: 'case', row: current, caseId: c.id, personId: c.primaryPersonId, before: c, reason: a.summary });
    for (const clock of await clockRepo.forCase(uow.tx, c.id)) {
      if (clock.status !== 'running' && clock.status !== 'paused') continue;
      const stopped = await clockRepo.update(uow.tx, clock.id, { status: 'stopped', endedOn: today, endReason: 'case closed' });
      record(uow, { action: 'clock.stopped', entityType: 'case_clock', row: stopped, caseId: c.id, before: clock, reason: 'case closed' });
    }
  }
  const action = await reviewRepo.insertAction(uow.tx, {
    caseId: c.id,
    kind: a.kind,
    summary: a.summary,
    details: a.details ?? null,
    takenBy: a.takenBy,
    approvedBy: a.approvedBy ?? null,
    reviewId: a.reviewId ?? null,
  });
  record(uow, { action: `case.${a.kind}`, entityType: 'case_action', row: action, caseId: c.id, personId: c.primaryPersonId });
  return { actionId: action.id, case: current };
}
