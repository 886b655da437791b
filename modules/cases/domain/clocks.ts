import { addDays, type DateOnly, type HolidayCalendar } from '@hearth/kernel';

/**
 * A regulatory clock: a deadline that starts with an event and runs a number of calendar or working days.
 * Counting rule (all clocks here): day 1 is the day after the start event; the event's own day never counts
 * (7 CFR 273.2(i)(3)(iii); likewise the IV-D time frames of 45 CFR 303).
 */
export interface ClockTypeDefinition {
  code: string;
  name: string;
  programCode: string;
  /** The regulation that sets the deadline. */
  citation: string;
  /** What starts the clock, in plain words. */
  startEvent: string;
  length: number;
  unit: 'calendar' | 'working';
  /** How days are counted, in plain words (shown to workers beside the due date). */
  countingRule: string;
  /** Calendar days before the due date when the clock shows a warning. */
  warnDaysBefore: number;
  /** Calendar days before the due date when the clock escalates to the supervisor (0 = on the due date). */
  escalateDaysBefore: number;
}

export interface ClockPause {
  pausedOn: DateOnly;
  resumedOn: DateOnly | null;
}

/** Days a pause holds the clock: those after the pause day up to and including the resume day, in the clock's unit. */
export function pauseLength(def: Pick<ClockTypeDefinition, 'unit'>, pause: ClockPause, today: DateOnly, calendar: HolidayCalendar): number {
  const end = pause.resumedOn ?? (today > pause.pausedOn ? today : pause.pausedOn);
  if (end <= pause.pausedOn) return 0;
  if (def.unit === 'working') return calendar.workingDaysBetween(pause.pausedOn, end);
  let n = 0;
  for (let d = addDays(pause.pausedOn, 1); d <= end; d = addDays(d, 1)) n += 1;
  return n;
}

/** Moves a date forward by n days of the clock's unit. */
export function advance(def: Pick<ClockTypeDefinition, 'unit'>, from: DateOnly, n: number, calendar: HolidayCalendar): DateOnly {
  return def.unit === 'working' ? calendar.addWorkingDays(from, n) : addDays(from, n);
}

/** The due date: start + length, pushed out by every day the clock stood paused. */
export function dueDate(def: Pick<ClockTypeDefinition, 'unit' | 'length'>, startedOn: DateOnly, pausedDays: number, calendar: HolidayCalendar): DateOnly {
  return advance(def, startedOn, def.length + pausedDays, calendar);
}

/** Total paused days over a clock's pauses (an open pause counts up to today). */
export function totalPausedDays(def: Pick<ClockTypeDefinition, 'unit'>, pauses: readonly ClockPause[], today: DateOnly, calendar: HolidayCalendar): number {
  return pauses.reduce((sum, p) => sum + pauseLength(def, p, today, calendar), 0);
}

export type ClockStatus = 'running' | 'paused' | 'met' | 'stopped';
export type ClockState = 'on_track' | 'warning' | 'escalated' | 'overdue' | 'paused' | 'met' | 'stopped';

export function warnOn(def: ClockTypeDefinition, due: DateOnly): DateOnly {
  return addDays(due, -def.warnDaysBefore);
}
export function escalateOn(def: ClockTypeDefinition, due: DateOnly): DateOnly {
  return addDays(due, -def.escalateDaysBefore);
}

/** Where a clock stands today. A paused clock neither warns nor escalates. */
export function clockState(def: ClockTypeDefinition, clock: { status: ClockStatus; dueOn: DateOnly }, today: DateOnly): ClockState {
  if (clock.status !== 'running') return clock.status;
  if (today > clock.dueOn) return 'overdue';
  if (today >= escalateOn(def, clock.dueOn)) return 'escalated';
  if (today >= warnOn(def, clock.dueOn)) return 'warning';
  return 'on_track';
}

/** Higher is more urgent; used to order the worklist. */
export const URGENCY: Record<ClockState, number> = { overdue: 5, escalated: 4, warning: 3, on_track: 2, paused: 1, met: 0, stopped: 0 };

/** What a sweep should mark on a clock today (each mark is made once). */
export function sweepMarks(state: ClockState): { warn: boolean; escalate: boolean } {
  return { warn: state === 'warning' || state === 'escalated' || state === 'overdue', escalate: state === 'escalated' || state === 'overdue' };
}

/** Days left until due (negative when overdue), in calendar days. */
export function daysLeft(due: DateOnly, today: DateOnly): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
