import { inTransaction } from '@hearth/platform';
import { sql } from 'drizzle-orm';
import { URGENCY } from '../domain/clocks.js';
import { clockRepo, taskRepo } from '../adapters/work.repo.js';
import { caseRepo } from '../adapters/case.repo.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, type Caller } from './support/caller.js';
import { clockView, taskViews } from './support/record-views.js';

/** The caller's open tasks and the running clocks on their cases, most urgent first. */
export async function getWorklist(caller: Caller, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'clockTypes'> & Pick<CasesDeps, 'people'>) {
  const today = deps.clock.today();
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const tasks = await taskViews(uow.tx, deps, await taskRepo.openForAssignee(uow.tx, caller.principal.userId), today);
    const mine = await uow.tx.execute(sql`SELECT id FROM "case" WHERE assigned_worker_id = ${caller.principal.userId} AND status <> 'closed'`);
    const caseIds = (mine.rows as Array<{ id: string }>).map((r) => r.id);
    const clocks = (await clockRepo.activeForCases(uow.tx, caseIds)).map((c) => clockView(c, deps.clockTypes, today));
    const cases = new Map((await caseRepo.findMany(uow.tx, [...new Set([...tasks.map((t) => t.caseId), ...clocks.map((c) => c.caseId)])])).map((c) => [c.id, c.caseNumber]));
    const priority = { urgent: 3, high: 2, normal: 1, low: 0 } as Record<string, number>;
    tasks.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || (priority[b.priority] ?? 0) - (priority[a.priority] ?? 0));
    clocks.sort((a, b) => URGENCY[b.state] - URGENCY[a.state] || a.dueOn.localeCompare(b.dueOn));
    return {
      tasks: tasks.map((t) => ({ ...t, caseNumber: cases.get(t.caseId) ?? null })),
      clocks: clocks.map((c) => ({ ...c, caseNumber: cases.get(c.caseId) ?? null })),
    };
  });
}
