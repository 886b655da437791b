import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { clockState, dueDate, pauseLength, type ClockTypeDefinition } from '../domain/clocks.js';
import { parseInput } from '../domain/validation.js';
import { clockRepo } from '../adapters/work.repo.js';
import type { ClockRow } from '../db/schema.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';
import { clockView } from './support/record-views.js';
import { dateString } from './add-note.js';

type ClockDeps = Pick<CasesDeps, 'database' | 'clock' | 'clockTypes' | 'calendar'>;

export const startClockInput = z.strictObject({
  typeCode: z.string().min(1).max(60),
  startedOn: dateString,
});

/** Starts a regulatory clock on a case from its start event's date. */
export async function startClock(caller: Caller, caseId: string, raw: unknown, deps: ClockDeps) {
  const input = parseInput(startClockInput, raw);
  const def = deps.clockTypes.get(input.typeCode);
  const today = deps.clock.today();
  const problems: Array<{ path: string; message: string }> = [];
  if (!def) problems.push({ path: 'typeCode', message: 'no such clock type' });
  if (input.startedOn > today) problems.push({ path: 'startedOn', message: 'the start event cannot be in the future' });
  if (problems.length) throw new DomainError('VALIDATION', 'The request is not valid', problems);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now(), true);
    if (def!.programCode !== row.programCode) {
      throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'typeCode', message: `a ${def!.programCode} clock cannot run on a ${row.programCode} case` }]);
    }
    if (row.status === 'closed') throw new DomainError('INVALID_STATE', 'The case is closed');
    const existing = (await clockRepo.forCase(uow.tx, caseId)).find((c) => c.typeCode === def!.code && (c.status === 'running' || c.status === 'paused'));
    if (existing) throw new DomainError('CONFLICT', 'That clock is already running on this case', [{ path: 'typeCode', message: 'already running' }]);
    const clock = await clockRepo.insert(uow.tx, {
      caseId,
      typeCode: def!.code,
      startedOn: input.startedOn,
      dueOn: dueDate(def!, input.startedOn, 0, deps.calendar),
      startedBy: caller.principal.userId,
    });
    record(uow, { action: 'clock.started', entityType: 'case_clock', row: clock, caseId });
    return clockView(clock, deps.clockTypes, today);
  });
}

async function openClock(uow: { tx: import('@hearth/platform').Sql }, caller: Caller, clockId: string, deps: ClockDeps): Promise<{ clock: ClockRow; def: ClockTypeDefinition }> {
  const clock = await clockRepo.find(uow.tx, clockId, true);
  if (!clock) throw notFound('Clock', clockId);
  await openCase(uow.tx, caller.principal, clock.caseId, deps.clock.now());
  const def = deps.clockTypes.get(clock.typeCode);
  if (!def) throw new DomainError('INVALID_STATE', `Clock type ${clock.typeCode} is no longer registered`);
  return { clock, def };
}

export const pauseClockInput = z.strictObject({
  reason: z.string().trim().min(5, 'state why the clock stops').max(1000),
  pausedOn: dateString.optional(),
});

/** Stops a clock counting (e.g. waiting on the household); the days it stands still push the due date out. */
export async function pauseClock(caller: Caller, clockId: string, raw: unknown, deps: ClockDeps) {
  const input = parseInput(pauseClockInput, raw);
  const today = deps.clock.today();
  const pausedOn = input.pausedOn ?? today;
  if (pausedOn > today) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'pausedOn', message: 'cannot be in the future' }]);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { clock } = await openClock(uow, caller, clockId, deps);
    if (clock.status !== 'running') throw new DomainError('INVALID_STATE', `A ${clock.status} clock cannot be paused`);
    if (pausedOn < clock.startedOn) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'pausedOn', message: 'before the clock started' }]);
    const pause = await clockRepo.insertPause(uow.tx, { clockId, pausedOn, reason: input.reason, pausedBy: caller.principal.userId });
    record(uow, { action: 'clock.pause_started', entityType: 'case_clock_pause', row: pause, caseId: clock.caseId, reason: input.reason });
    const updated = await clockRepo.update(uow.tx, clockId, { status: 'paused', pausedOn, pauseReason: input.reason });
    record(uow, { action: 'clock.paused', entityType: 'case_clock', row: updated, caseId: clock.caseId, before: clock, reason: input.reason });
    return clockView(updated, deps.clockTypes, today);
  });
}

export const resumeClockInput = z.strictObject({ resumedOn: dateString.optional() });

/** Restarts a paused clock; the due date moves by the days (of the clock's unit) it stood paused. */
export async function resumeClock(caller: Caller, clockId: string, raw: unknown, deps: ClockDeps) {
  const input = parseInput(resumeClockInput, raw ?? {});
  const today = deps.clock.today();
  const resumedOn = input.resumedOn ?? today;
  if (resumedOn > today) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'resumedOn', message: 'cannot be in the future' }]);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { clock, def } = await openClock(uow, caller, clockId, deps);
    if (clock.status !== 'paused' || !clock.pausedOn) throw new DomainError('INVALID_STATE', 'The clock is not paused');
    if (resumedOn < clock.pausedOn) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'resumedOn', message: 'before the pause began' }]);
    const open = (await clockRepo.pauses(uow.tx, clockId)).find((p) => p.resumedOn === null);
    if (open) {
      const closed = await clockRepo.updatePause(uow.tx, open.id, { resumedOn, resumedBy: caller.principal.userId });
      record(uow, { action: 'clock.pause_ended', entityType: 'case_clock_pause', row: closed, caseId: clock.caseId, before: open });
    }
    const pausedDays = clock.pausedDays + pauseLength(def, { pausedOn: clock.pausedOn, resumedOn }, today, deps.calendar);
    const dueOn = dueDate(def, clock.startedOn, pausedDays, deps.calendar);
    const back = clockState(def, { status: 'running', dueOn }, today) === 'on_track';
    const updated = await clockRepo.update(uow.tx, clockId, {
      status: 'running',
      pausedOn: null,
      pauseReason: null,
      pausedDays,
      dueOn,
      warnedOn: back ? null : clock.warnedOn,
    });
    record(uow, { action: 'clock.resumed', entityType: 'case_clock', row: updated, caseId: clock.caseId, before: clock });
    return clockView(updated, deps.clockTypes, today);
  });
}

export const completeClockInput = z.strictObject({
  outcome: z.enum(['met', 'stopped']),
  reason: z.string().trim().max(1000).optional(),
});

/** Ends a clock: met (the deadline's action was taken) or stopped (no longer applies, with a reason). */
export async function completeClock(caller: Caller, clockId: string, raw: unknown, deps: ClockDeps) {
  const input = parseInput(completeClockInput, raw);
  if (input.outcome === 'stopped' && !input.reason) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'reason', message: 'say why the clock no longer applies' }]);
  const today = deps.clock.today();
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { clock } = await openClock(uow, caller, clockId, deps);
    if (clock.status === 'met' || clock.status === 'stopped') throw new DomainError('INVALID_STATE', `The clock is already ${clock.status}`);
    const updated = await clockRepo.update(uow.tx, clockId, { status: input.outcome, endedOn: today, endReason: input.reason ?? null, pausedOn: null, pauseReason: null });
    record(uow, { action: `clock.${input.outcome}`, entityType: 'case_clock', row: updated, caseId: clock.caseId, before: clock, reason: input.reason ?? null });
    return clockView(updated, deps.clockTypes, today);
  });
}
