import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { parseInput } from '../domain/validation.js';
import { taskRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';
import { taskViews } from './support/record-views.js';
import { dateString } from './add-note.js';

export const createTaskInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).optional(),
  assigneeId: z.uuid().optional(),
  dueOn: dateString.optional(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
});

/** Adds a task on a case; it goes to the case's worker unless someone else is named. */
export async function createTask(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff'>) {
  const input = parseInput(createTaskInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now());
    const assigneeId = input.assigneeId ?? row.assignedWorkerId ?? caller.principal.userId;
    const assignee = (await deps.staff.get([assigneeId], uow.tx)).get(assigneeId);
    if (!assignee || !assignee.active) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'assigneeId', message: 'not an active staff member' }]);
    const task = await taskRepo.insert(uow.tx, {
      caseId,
      title: input.title,
      description: input.description ?? null,
      assigneeId,
      dueOn: input.dueOn ?? null,
      priority: input.priority,
      createdBy: caller.principal.userId,
    });
    record(uow, { action: 'task.created', entityType: 'case_task', row: task, caseId });
    return (await taskViews(uow.tx, deps, [task], deps.clock.today()))[0]!;
  });
}

export const completeTaskInput = z.strictObject({ outcome: z.string().trim().max(2000).optional() });

/** Marks a task done, with an optional outcome. */
export async function completeTask(caller: Caller, taskId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff'>) {
  const input = parseInput(completeTaskInput, raw ?? {});
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const task = await taskRepo.find(uow.tx, taskId, true);
    if (!task) throw notFound('Task', taskId);
    await openCase(uow.tx, caller.principal, task.caseId, deps.clock.now());
    if (task.status !== 'open') throw new DomainError('INVALID_STATE', `The task is already ${task.status}`);
    const done = await taskRepo.update(uow.tx, task.id, {
      status: 'done',
      completedAt: deps.clock.now().toISOString(),
      completedBy: caller.principal.userId,
      outcome: input.outcome ?? null,
    });
    record(uow, { action: 'task.completed', entityType: 'case_task', row: done, caseId: task.caseId, before: task });
    return (await taskViews(uow.tx, deps, [done], deps.clock.today()))[0]!;
  });
}
