import type { Sql } from '@hearth/platform';
import type { CaseRow } from '../../db/schema.js';
import type { CasesDeps } from '../../ports.js';
import { caseRepo } from '../../adapters/case.repo.js';
import { clockRepo, reviewRepo, taskRepo } from '../../adapters/work.repo.js';
import { summarize, nameStaff, type CaseSummary } from './case-views.js';
import { clockView, taskViews, type ClockView, type TaskView } from './record-views.js';

export interface CaseDetail extends CaseSummary {
  closeReason: string | null;
  access: string;
  participants: Array<{ id: string; personId: string; name: string | null; role: string; startedOn: string; endedOn: string | null }>;
  assignments: Array<{ id: string; workerId: string | null; workerName: string | null; unitId: string; assignedAt: string; endedAt: string | null; reason: string | null }>;
  clocks: ClockView[];
  openTasks: TaskView[];
  reviews: Array<{ id: string; kind: string; summary: string; status: string; submittedBy: string; submittedByName: string | null; submittedAt: string; comment: string | null }>;
}

export async function caseDetail(
  tx: Sql,
  row: CaseRow,
  accessBasis: string,
  deps: Pick<CasesDeps, 'staff' | 'people' | 'clockTypes' | 'clock'>,
): Promise<CaseDetail> {
  const today = deps.clock.today();
  const [summary] = await summarize(tx, [row], deps);
  const [participants, assignments, clocks, tasks, reviews] = await Promise.all([
    caseRepo.participants(tx, row.id),
    caseRepo.assignments(tx, row.id),
    clockRepo.forCase(tx, row.id),
    taskRepo.forCase(tx, row.id, true),
    reviewRepo.forCase(tx, row.id),
  ]);
  const [personNames, staffNames, openTasks] = await Promise.all([
    deps.people.names([...new Set(participants.map((p) => p.personId))], tx),
    nameStaff(tx, deps, [...assignments.map((a) => a.workerId), ...reviews.map((r) => r.submittedBy)]),
    taskViews(tx, deps, tasks, today),
  ]);
  return {
    ...summary!,
    closeReason: row.closeReason,
    access: accessBasis,
    participants: participants.map((p) => ({ id: p.id, personId: p.personId, name: personNames.get(p.personId) ?? null, role: p.role, startedOn: p.startedOn, endedOn: p.endedOn })),
    assignments: assignments.map((a) => ({
      id: a.id,
      workerId: a.workerId,
      workerName: a.workerId ? (staffNames.get(a.workerId) ?? null) : null,
      unitId: a.unitId,
      assignedAt: a.assignedAt,
      endedAt: a.endedAt,
      reason: a.reason,
    })),
    clocks: clocks.map((c) => clockView(c, deps.clockTypes, today)),
    openTasks,
    reviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      summary: r.summary,
      status: r.status,
      submittedBy: r.submittedBy,
      submittedByName: staffNames.get(r.submittedBy) ?? null,
      submittedAt: r.submittedAt,
      comment: r.comment,
    })),
  };
}
