/**
 * Turns notice input into the facts a notice prints: whether it is an adverse action, its effective date,
 * the last day to keep benefits while asking for a hearing, the hearing deadline, due dates. Pure.
 */
import { HolidayCalendar, addDays, startOfMonth, type DateOnly } from '@hearth/kernel';

const startOfMonthOf = (d: DateOnly) => startOfMonth(d);
import { kindProblems, noticeInputSchema, type AgencyInfo, type ParsedNoticeInput } from './notice-input.js';
import { noticeRulesFor, type NoticePolicy, type ProgramNoticeRules } from './policy.js';
import {
  adverseActionEffectiveDate, continuedBenefitsDeadline, hearingRequestDeadline, isAllowedVerificationDueDate, isTimelyAdverseNotice,
  medicaidRenewalReturnBy, snapTimelyRenewalDate, verificationDueDate,
} from './notice-dates.js';
import { invalid, parseInput } from './validation.js';

/** The demo agency printed when no agency is configured (Hearth's demo data; not a real office). */
export const DEMO_AGENCY: AgencyInfo = {
  name: 'Hearth County Department of Human Services',
  office: { line1: '100 Main Street', city: 'Denver', state: 'CO', zip: '80202' },
  phone: '1-800-555-0100',
  hearingPhone: '1-800-555-0101',
  legalAidName: 'Legal Aid Line',
  legalAidPhone: '1-800-555-0199',
};

export interface ResolveOptions {
  /** Mailing date when the input has none (issueNotice passes the agency's today). */
  today?: DateOnly;
  policy?: NoticePolicy;
  calendar?: HolidayCalendar;
  agency?: AgencyInfo;
  /** Validation paths are prefixed with this (e.g. "data"). */
  pathPrefix?: string;
  /** What a family-violence–flagged notice prints instead of the address: a note only, or the program office. */
  suppressedAddress?: 'withheld' | 'office';
}

export interface ResolvedNotice extends Omit<ParsedNoticeInput, 'noticeDate' | 'agency' | 'effectiveDate' | 'rules'> {
  noticeDate: DateOnly;
  agency: AgencyInfo;
  direction: 'increase' | 'reduction' | null;
  /** Reduction or closure: advance notice and continued benefits apply. */
  adverse: boolean;
  effectiveDate: DateOnly | null;
  continuedBenefitsBy: DateOnly | null;
  hearingDeadline: DateOnly;
  verificationDue: DateOnly | null;
  renewalDue: DateOnly | null;
  programRules: ProgramNoticeRules;
  /** Regulations printed under "Rules we used": the caller's, then the notice rules that set the dates. */
  citations: string[];
  suppressedAddress: 'withheld' | 'office';
}

export function resolveNotice(raw: unknown, opts: ResolveOptions = {}): ResolvedNotice {
  const prefix = opts.pathPrefix ?? '';
  const input = parseInput(noticeInputSchema, raw, prefix);
  const problems = kindProblems(input);
  if (problems.length) throw invalid(problems, prefix);
  const noticeDate = input.noticeDate ?? opts.today;
  if (!noticeDate) throw invalid([{ path: 'noticeDate', message: 'required' }], prefix);
  const calendar = opts.calendar ?? new HolidayCalendar();
  const rules = noticeRulesFor(input.program, opts.policy);

  const direction: ResolvedNotice['direction'] = input.kind !== 'change' ? null
    : input.change ?? (input.amounts.some((a) => a.previousAmountCents !== undefined && a.amountCents < a.previousAmountCents) ? 'reduction' : 'increase');
  const adverse = input.kind === 'closure' || direction === 'reduction';
  const firstMonth = [...input.amounts].sort((a, b) => a.month.localeCompare(b.month))[0]?.month;

  let effectiveDate: DateOnly | null;
  if (adverse) {
    // The earliest timely date, or the first changed month when that is later.
    const earliest = adverseActionEffectiveDate(noticeDate, input.program, opts.policy);
    const eff: DateOnly = input.effectiveDate ?? (firstMonth && `${firstMonth}-01` > earliest ? `${firstMonth}-01` : earliest);
    effectiveDate = eff;
    if (!isTimelyAdverseNotice(noticeDate, eff, input.program, opts.policy)) {
      throw invalid([{ path: 'effectiveDate', message: `must be at least ${rules.advanceNotice.days} days after the notice date (${rules.advanceNotice.citation}); earliest ${addDays(noticeDate, rules.advanceNotice.days)}` }], prefix);
    }
    const early = input.amounts.filter((a) => `${a.month}-01` < startOfMonthOf(eff) && a.previousAmountCents !== undefined && a.amountCents < a.previousAmountCents);
    if (early.length) {
      throw invalid([{ path: 'amounts', message: `a reduction cannot apply to ${early.map((a) => a.month).join(', ')}: the advance notice lets it start ${eff} at the earliest` }], prefix);
    }
  } else {
    effectiveDate = input.effectiveDate ?? (firstMonth ? `${firstMonth}-01` : input.certificationPeriod?.from ?? null);
  }
  const continuedBenefitsBy = adverse && effectiveDate ? continuedBenefitsDeadline(noticeDate, effectiveDate, input.program, calendar) : null;
  const hearingDeadline = hearingRequestDeadline(noticeDate, input.program, adverse ? effectiveDate : null, opts.policy);

  let verificationDue: DateOnly | null = null;
  if (input.kind === 'verification_request' && input.verification) {
    verificationDue = input.verification.dueDate ?? verificationDueDate(noticeDate, input.program, calendar, opts.policy);
    if (!isAllowedVerificationDueDate(noticeDate, verificationDue, input.program, opts.policy)) {
      throw invalid([{ path: 'verification.dueDate', message: `must give at least ${rules.verificationResponse.days} days (${rules.verificationResponse.citation})` }], prefix);
    }
  }
  let renewalDue: DateOnly | null = null;
  if (input.kind === 'renewal' && input.renewal) {
    const given = input.renewal.dueDate;
    if (input.program === 'snap') renewalDue = given ?? snapTimelyRenewalDate(input.renewal.certificationEnd);
    else if (input.program === 'medicaid') {
      renewalDue = given ?? medicaidRenewalReturnBy(noticeDate);
      if (renewalDue < medicaidRenewalReturnBy(noticeDate)) throw invalid([{ path: 'renewal.dueDate', message: 'Medicaid renewal forms allow at least 30 days (42 CFR 435.916(a)(3))' }], prefix);
    } else if (given) renewalDue = given;
    else throw invalid([{ path: 'renewal.dueDate', message: 'required for this program' }], prefix);
    if (renewalDue < noticeDate) throw invalid([{ path: 'renewal.dueDate', message: 'is before the notice date' }], prefix);
  }

  const citations = [...new Set([
    ...input.rules,
    rules.hearingRequest.citation,
    ...(adverse ? [rules.advanceNotice.citation, rules.continuedBenefitsCitation] : []),
    ...(input.kind === 'verification_request' ? [rules.verificationResponse.citation] : []),
    ...rules.noticeContentCitations,
  ])];

  const { noticeDate: _n, agency: _a, effectiveDate: _e, rules: _r, ...rest } = input;
  return {
    ...rest,
    noticeDate,
    agency: input.agency ?? opts.agency ?? DEMO_AGENCY,
    direction,
    adverse,
    effectiveDate,
    continuedBenefitsBy,
    hearingDeadline,
    verificationDue,
    renewalDue,
    programRules: rules,
    citations,
    suppressedAddress: opts.suppressedAddress ?? 'withheld',
  };
}
