import { addDays, dateInZone, type DateOnly, type HolidayCalendar } from '@hearth/kernel';

/** Offices close at 17:00 local time; an application received later is filed the next business day. */
export const CLOSING_HOUR = 17;

/**
 * The date of application (7 CFR 273.2(c)(1)(iv)): the day a filed application is received; one received
 * after hours, or on a weekend or holiday, is filed on the next business day.
 */
export function filingDate(receivedAt: Date, timeZone: string, calendar: HolidayCalendar): DateOnly {
  const day = dateInZone(receivedAt, timeZone);
  const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(receivedAt));
  let filed = hour >= CLOSING_HOUR ? addDays(day, 1) : day;
  while (!calendar.isWorkingDay(filed)) filed = addDays(filed, 1);
  return filed;
}
