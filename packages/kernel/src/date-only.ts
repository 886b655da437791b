/**
 * A calendar date with no time or zone: "YYYY-MM-DD". Rules and clocks work in dates, never instants.
 * All arithmetic is done in UTC so no local zone can shift a day.
 */
export type DateOnly = string & { readonly __date?: never };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateOnly(value: string): value is DateOnly {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function dateOnly(value: string): DateOnly {
  if (!isDateOnly(value)) throw new RangeError(`not a valid date (YYYY-MM-DD): ${value}`);
  return value;
}

export function toUtcDate(d: DateOnly): Date {
  const m = ISO.exec(d)!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function fromUtcDate(date: Date): DateOnly {
  return date.toISOString().slice(0, 10);
}

export function fromYmd(year: number, month: number, day: number): DateOnly {
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

export function parts(d: DateOnly): { year: number; month: number; day: number } {
  const m = ISO.exec(d)!;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function addDays(d: DateOnly, days: number): DateOnly {
  const t = toUtcDate(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtcDate(t);
}

/** Whole days from a to b (b − a). */
export function diffDays(a: DateOnly, b: DateOnly): number {
  return Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);
}

export function addMonths(d: DateOnly, months: number): DateOnly {
  const { year, month, day } = parts(d);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  return fromYmd(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, last));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday */
export function dayOfWeek(d: DateOnly): number {
  return toUtcDate(d).getUTCDay();
}

export function isWeekend(d: DateOnly): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

export function compareDates(a: DateOnly, b: DateOnly): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: DateOnly, b: DateOnly): DateOnly {
  return a >= b ? a : b;
}

export function minDate(a: DateOnly, b: DateOnly): DateOnly {
  return a <= b ? a : b;
}

/** First day of the month containing d. */
export function startOfMonth(d: DateOnly): DateOnly {
  const { year, month } = parts(d);
  return fromYmd(year, month, 1);
}

export function endOfMonth(d: DateOnly): DateOnly {
  const { year, month } = parts(d);
  return fromYmd(year, month, daysInMonth(year, month));
}

/** Age in whole years on a date. */
export function ageOn(birth: DateOnly, on: DateOnly): number {
  const b = parts(birth);
  const o = parts(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** The federal fiscal year a date falls in: FY2025 runs 2024-10-01 … 2025-09-30. */
export function federalFiscalYear(d: DateOnly): number {
  const { year, month } = parts(d);
  return month >= 10 ? year + 1 : year;
}

/** Today's date in a time zone (the agency's), from an instant supplied by the caller's clock. */
export function dateInZone(instant: Date, timeZone: string): DateOnly {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.format(instant) as DateOnly;
}
