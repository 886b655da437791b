import { type DateOnly, addDays, dayOfWeek, fromYmd, isWeekend } from './date-only.js';

/**
 * U.S. federal holidays (5 U.S.C. 6103(a)), with the observed-day shift of 5 U.S.C. 6103(b) and
 * Executive Order 11582: a holiday on Saturday is observed Friday, on Sunday observed Monday.
 * Juneteenth from 2021 (Pub. L. 117-17).
 */
export interface Holiday {
  date: DateOnly;
  observed: DateOnly;
  name: string;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): DateOnly {
  const first = fromYmd(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): DateOnly {
  const last = fromYmd(year, month + 1, 0);
  const offset = (dayOfWeek(last) - weekday + 7) % 7;
  return addDays(last, -offset);
}

function observedDay(d: DateOnly): DateOnly {
  const w = dayOfWeek(d);
  if (w === 6) return addDays(d, -1);
  if (w === 0) return addDays(d, 1);
  return d;
}

export function federalHolidays(year: number): Holiday[] {
  const list: Array<[string, DateOnly]> = [
    ["New Year's Day", fromYmd(year, 1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)],
    ["Washington's Birthday", nthWeekday(year, 2, 1, 3)],
    ['Memorial Day', lastWeekday(year, 5, 1)],
    ...(year >= 2021 ? [['Juneteenth National Independence Day', fromYmd(year, 6, 19)] as [string, DateOnly]] : []),
    ['Independence Day', fromYmd(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    ['Veterans Day', fromYmd(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', fromYmd(year, 12, 25)],
  ];
  return list.map(([name, date]) => ({ name, date, observed: observedDay(date) }));
}

/** A set of non-working dates; agencies add their own (state holidays, closures) to the federal list. */
export class HolidayCalendar {
  private readonly days = new Set<string>();
  constructor(extra: Iterable<DateOnly> = [], private readonly includeFederal = true) {
    for (const d of extra) this.days.add(d);
  }
  private cachedYears = new Set<number>();
  private ensureYear(year: number) {
    if (!this.includeFederal || this.cachedYears.has(year)) return;
    this.cachedYears.add(year);
    for (const h of federalHolidays(year)) this.days.add(h.observed);
    // New Year's Day of next year can be observed on Dec 31 of this year.
    for (const h of federalHolidays(year + 1)) if (h.observed.startsWith(String(year))) this.days.add(h.observed);
  }
  isHoliday(d: DateOnly): boolean {
    this.ensureYear(Number(d.slice(0, 4)));
    return this.days.has(d);
  }
  isWorkingDay(d: DateOnly): boolean {
    return !isWeekend(d) && !this.isHoliday(d);
  }
  /** The date `n` working days after `d` (the day of the event itself never counts). */
  addWorkingDays(d: DateOnly, n: number): DateOnly {
    let cur = d;
    let left = n;
    while (left > 0) {
      cur = addDays(cur, 1);
      if (this.isWorkingDay(cur)) left -= 1;
    }
    return cur;
  }
  /** Number of working days after a up to and including b. */
  workingDaysBetween(a: DateOnly, b: DateOnly): number {
    let count = 0;
    for (let cur = addDays(a, 1); cur <= b; cur = addDays(cur, 1)) if (this.isWorkingDay(cur)) count += 1;
    return count;
  }
}
