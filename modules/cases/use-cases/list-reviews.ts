import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import { reviewRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, type Caller } from './support/caller.js';
import { nameStaff } from './support/case-views.js';

export const listReviewsInput = z.strictObject({ scope: z.enum(['queue', 'mine']).optional() });

/** The review queue of the units the caller leads or supervises, or the caller's own submissions (scope=mine). */
export async function listReviews(caller: Caller, raw: unknown, deps: Pick<CasesDeps, 'database' | 'staff' | 'people'>) {
  const parsed = parseInput(listReviewsInput, raw ?? {});
  const p = caller.principal;
  // Leads and supervisors see their queue by default; everyone else their own submissions.
  const input = { scope: parsed.scope ?? (p.permissions.has('review.decide') ? 'queue' : 'mine') };
  if (input.scope === 'queue' && !p.permissions.has('review.decide')) {
    throw new DomainError('FORBIDDEN', 'Only leads and supervisors have a review queue (needs review.decide)');
  }
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = input.scope === 'queue' ? await reviewRepo.pendingInUnits(uow.tx, [...p.leadUnitIds, ...p.supervisorUnitIds]) : await reviewRepo.submittedBy(uow.tx, p.userId);
    const cases = new Map((await caseRepo.findMany(uow.tx, [...new Set(rows.map((r) => r.caseId))])).map((c) => [c.id, c]));
    const names = await nameStaff(uow.tx, deps, rows.flatMap((r) => [r.submittedBy, r.decidedBy]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        caseId: r.caseId,
        caseNumber: cases.get(r.caseId)?.caseNumber ?? null,
        programCode: cases.get(r.caseId)?.programCode ?? null,
        unitId: r.unitId,
        kind: r.kind,
        summary: r.summary,
        details: r.details,
        status: r.status,
        submittedBy: r.submittedBy,
        submittedByName: names.get(r.submittedBy) ?? null,
        submittedAt: r.submittedAt,
        decidedBy: r.decidedBy,
        decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
        decidedAt: r.decidedAt,
        comment: r.comment,
      })),
    };
  });
}
