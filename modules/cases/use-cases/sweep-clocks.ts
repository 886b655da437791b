import { addDays } from '@hearth/kernel';
import { inTransaction, SYSTEM_ACTOR, type Sql } from '@hearth/platform';
import { clockState, sweepMarks, type ClockStatus } from '../domain/clocks.js';
import { caseRepo } from '../adapters/case.repo.js';
import { clockRepo, taskRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { record } from './support/caller.js';

export interface SweepResult {
  checked: number;
  warned: number;
  escalated: number;
  lastId: string | null;
}

/**
 * Marks warnings and escalations on running clocks as of `today`. Each mark is made once (a rerun changes
 * nothing); an escalation creates one task for the unit's supervisor. Works in batches, each its own
 * transaction; `onBatch` runs inside it (the job saves its checkpoint there).
 */
export async function sweepClocks(
  deps: Pick<CasesDeps, 'database' | 'clockTypes' | 'staff'>,
  opts: { today: string; afterId?: string | null; batchSize?: number; onBatch?: (tx: Sql, r: SweepResult) => Promise<void> },
): Promise<SweepResult> {
  const maxWarn = Math.max(0, ...deps.clockTypes.list().map((d) => d.warnDaysBefore));
  const dueBy = addDays(opts.today, maxWarn);
  const total: SweepResult = { checked: 0, warned: 0, escalated: 0, lastId: opts.afterId ?? null };
  for (;;) {
    const done = await inTransaction(deps.database, SYSTEM_ACTOR, async (uow) => {
      const batch = await clockRepo.sweepBatch(uow.tx, dueBy, total.lastId, opts.batchSize ?? 500);
      if (batch.length === 0) return true;
      for (const clock of batch) {
        total.checked++;
        total.lastId = clock.id;
        const def = deps.clockTypes.get(clock.typeCode);
        if (!def) continue;
        const marks = sweepMarks(clockState(def, { status: clock.status as ClockStatus, dueOn: clock.dueOn }, opts.today));
        const change: Partial<typeof clock> = {};
        if (marks.warn && !clock.warnedOn) change.warnedOn = opts.today;
        if (marks.escalate && !clock.escalatedOn) {
          const c = (await caseRepo.find(uow.tx, clock.caseId))!;
          const leaders = deps.staff.unitLeaders ? await deps.staff.unitLeaders(c.unitId, uow.tx) : [];
          const supervisor = leaders.find((l) => l.roleCode === 'supervisor') ?? leaders[0] ?? null;
          const task = await taskRepo.insertEscalationOnce(uow.tx, {
            caseId: c.id,
            title: `Escalated: ${def.name} due ${clock.dueOn} on case ${c.caseNumber}`,
            description: `${def.citation}. ${def.countingRule}`,
            assigneeId: supervisor?.id ?? null,
            dueOn: clock.dueOn,
            priority: 'urgent',
            clockId: clock.id,
          });
          if (task) record(uow, { action: 'task.created', entityType: 'case_task', row: task, caseId: c.id, reason: 'clock escalation' });
          change.escalatedOn = opts.today;
          change.escalationTaskId = task?.id ?? null;
          total.escalated++;
        }
        if (change.warnedOn) total.warned++;
        if (Object.keys(change).length) {
          const updated = await clockRepo.update(uow.tx, clock.id, change);
          record(uow, { action: change.escalatedOn ? 'clock.escalated' : 'clock.warned', entityType: 'case_clock', row: updated, caseId: clock.caseId, before: clock });
        }
      }
      await opts.onBatch?.(uow.tx, total);
      return false;
    });
    if (done) return total;
  }
}
