/**
 * Date rules for notices: pure functions of dates, a program and (where weekends and holidays matter) a
 * holiday calendar. Day counts start the day after mailing (7 CFR 273.2(i)(3)(iii) style counting).
 */
import { HolidayCalendar, addDays, addMonths, fromYmd, parts, startOfMonth, type DateOnly } from '@hearth/kernel';
import { noticeRulesFor, type NoticePolicy, type NoticeProgram } from './policy.js';

const FEDERAL = new HolidayCalendar();

/** The first day of the first month that starts on or after `d`. */
export function firstOfMonthOnOrAfter(d: DateOnly): DateOnly {
  const first = startOfMonth(d);
  return first === d ? d : addMonths(first, 1);
}

/** The next working day on or after `d` (weekends and the calendar's holidays skipped). */
export function workingDayOnOrAfter(d: DateOnly, calendar: HolidayCalendar = FEDERAL): DateOnly {
  let cur = d;
  while (!calendar.isWorkingDay(cur)) cur = addDays(cur, 1);
  return cur;
}

/**
 * Last day a household can ask for a hearing and keep its benefits unchanged until the decision.
 * - SNAP: within the advance-notice period, which runs from mailing to the effective date (7 CFR 273.15(k)(1),
 *   273.13(a)(1)); when the period ends on a weekend or holiday, a request on the next working day is timely.
 * - Medicaid and TANF: before the date of action (42 CFR 431.230(a)), i.e. the day before the effective date.
 */
export function continuedBenefitsDeadline(
  noticeDate: DateOnly,
  effectiveDate: DateOnly,
  program: NoticeProgram,
  calendar: HolidayCalendar = FEDERAL,
): DateOnly {
  const lastDayOfPeriod = addDays(effectiveDate, -1);
  if (lastDayOfPeriod < noticeDate) return noticeDate;
  return program === 'snap' ? workingDayOnOrAfter(lastDayOfPeriod, calendar) : lastDayOfPeriod;
}

/**
 * The date an adverse action (reduction, closure) takes effect: the first day of the first benefit month that
 * starts at least the advance-notice days after mailing.
 * - SNAP: at least 10 days from mailing to the effective date (7 CFR 273.13(a)(1)), and no later than the
 *   allotment for the month after the notice period expires (273.12(c)(2)(i)). Weekends and holidays do not
 *   move the effective date; they extend the continued-benefits deadline (see continuedBenefitsDeadline).
 * - Medicaid: mailed at least 10 days before the date of action (42 CFR 431.211). TANF: the state's period.
 */
export function adverseActionEffectiveDate(noticeDate: DateOnly, program: NoticeProgram, policy?: NoticePolicy): DateOnly {
  const rules = noticeRulesFor(program, policy);
  return firstOfMonthOnOrAfter(addDays(noticeDate, rules.advanceNotice.days));
}

/** True when an effective date leaves the required advance notice after mailing. */
export function isTimelyAdverseNotice(noticeDate: DateOnly, effectiveDate: DateOnly, program: NoticeProgram, policy?: NoticePolicy): boolean {
  const rules = noticeRulesFor(program, policy);
  return effectiveDate >= addDays(noticeDate, rules.advanceNotice.days);
}

/**
 * Last day to ask for a fair hearing.
 * - SNAP: 90 days from the action (7 CFR 273.15(g)); the action is the effective date for an adverse action,
 *   otherwise the notice date (approval, denial).
 * - Medicaid: the state's period (≤ 90 days) from the date the notice is mailed (42 CFR 431.221(d)).
 */
export function hearingRequestDeadline(
  noticeDate: DateOnly,
  program: NoticeProgram,
  actionDate?: DateOnly | null,
  policy?: NoticePolicy,
): DateOnly {
  const rules = noticeRulesFor(program, policy);
  const base = rules.hearingCountedFrom === 'action' && actionDate && actionDate > noticeDate ? actionDate : noticeDate;
  return addDays(base, rules.hearingRequest.days);
}

/**
 * Due date for requested verification: at least the program's minimum days after mailing (SNAP 10 days,
 * 7 CFR 273.2(f) and (h)(1)(i)(C)), moved to the next working day so the household gets every day it is owed.
 */
export function verificationDueDate(noticeDate: DateOnly, program: NoticeProgram, calendar: HolidayCalendar = FEDERAL, policy?: NoticePolicy): DateOnly {
  const rules = noticeRulesFor(program, policy);
  return workingDayOnOrAfter(addDays(noticeDate, rules.verificationResponse.days), calendar);
}

/** The earliest allowed verification due date; a later date chosen by the worker is fine, an earlier one is not. */
export function isAllowedVerificationDueDate(noticeDate: DateOnly, dueDate: DateOnly, program: NoticeProgram, policy?: NoticePolicy): boolean {
  return dueDate >= addDays(noticeDate, noticeRulesFor(program, policy).verificationResponse.days);
}

/**
 * SNAP notice of expiration window for certifications longer than two months (7 CFR 273.14(b)(1)(ii)):
 * mailed before the first day of the last month of certification, but not before the first day of the
 * next-to-last month.
 */
export function snapRenewalNoticeWindow(certificationEnd: DateOnly): { earliest: DateOnly; latest: DateOnly } {
  const lastMonth = startOfMonth(certificationEnd);
  return { earliest: addMonths(lastMonth, -1), latest: addDays(lastMonth, -1) };
}

/** SNAP recertification is timely when filed by the 15th of the last month of certification (7 CFR 273.14(c)(1)). */
export function snapTimelyRenewalDate(certificationEnd: DateOnly): DateOnly {
  const { year, month } = parts(certificationEnd);
  return fromYmd(year, month, 15);
}

/** Medicaid renewal form: at least 30 days from the date the form is sent to return it (42 CFR 435.916(a)(3)). */
export function medicaidRenewalReturnBy(noticeDate: DateOnly): DateOnly {
  return addDays(noticeDate, 30);
}
