import { addDays, addMonths, parts, fromYmd, type DateOnly } from '@hearth/kernel';

/** A benefit month is stored as its first day ('2025-11-01') and written 'YYYY-MM' in the API. */
export type Month = DateOnly;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(d: DateOnly): Month {
  const { year, month } = parts(d);
  return fromYmd(year, month, 1);
}

export function parseMonth(ym: string): Month {
  if (!MONTH_PATTERN.test(ym)) throw new RangeError(`not a month (YYYY-MM): ${ym}`);
  return `${ym}-01`;
}

export function monthLabel(m: Month): string {
  return m.slice(0, 7);
}

export function nextMonth(m: Month, n = 1): Month {
  return addMonths(m, n);
}

/** Months from first to last, inclusive (both first days). */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

export function lastDayOfMonth(m: Month): DateOnly {
  return addDays(nextMonth(m), -1);
}

/** True when [from, to] (to open-ended when null) overlaps the month. */
export function overlapsMonth(from: DateOnly, to: DateOnly | null, m: Month): boolean {
  return from <= lastDayOfMonth(m) && (to === null || to >= m);
}
