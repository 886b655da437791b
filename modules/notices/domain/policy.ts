/**
 * The notice rules as data: every number carries its citation and the date it is known to be in force.
 * "from" is the earliest regulation text the domain notes read (docs/domain/eligibility-workflow.md, eCFR
 * 2017–2024 versions); the rules themselves are older. A state sets its own numbers where federal law lets it
 * (Medicaid hearing-request period, TANF) by passing a NoticePolicy; the federal values are the defaults.
 */
import { DomainError } from '@hearth/kernel';

export const NOTICE_PROGRAMS = ['snap', 'medicaid', 'tanf'] as const;
export type NoticeProgram = (typeof NOTICE_PROGRAMS)[number];

export interface DaysRule {
  readonly days: number;
  /** Date the value is known to be in force (YYYY-MM-DD). */
  readonly from: string;
  readonly citation: string;
  /** Set when the value was not checked against the regulation text. */
  readonly unverified?: string;
}

export interface ProgramNoticeRules {
  /** Days the household has to ask for a fair hearing. */
  readonly hearingRequest: DaysRule;
  /** What the hearing period is counted from. */
  readonly hearingCountedFrom: 'action' | 'mailing';
  /** Minimum days between mailing an adverse-action notice and the date the action takes effect. */
  readonly advanceNotice: DaysRule;
  /** Minimum days the household has to return requested verification. */
  readonly verificationResponse: DaysRule;
  /** Rule that says when benefits continue pending a hearing. */
  readonly continuedBenefitsCitation: string;
  /** Rules on the content of notices (printed under "Rules we used"). */
  readonly noticeContentCitations: readonly string[];
}

const SEEN = '2017-01-01';

export const FEDERAL_NOTICE_RULES: Readonly<Record<'snap' | 'medicaid', ProgramNoticeRules>> = {
  snap: {
    hearingRequest: { days: 90, from: SEEN, citation: '7 CFR 273.15(g)' },
    hearingCountedFrom: 'action',
    advanceNotice: { days: 10, from: SEEN, citation: '7 CFR 273.13(a)(1)' },
    verificationResponse: { days: 10, from: SEEN, citation: '7 CFR 273.2(f), 273.2(h)(1)(i)(C)' },
    continuedBenefitsCitation: '7 CFR 273.15(k)',
    noticeContentCitations: ['7 CFR 273.10(g)', '7 CFR 273.13(a)(2)'],
  },
  medicaid: {
    // 431.221(d): a reasonable time, not to exceed 90 days from the date the notice is mailed. The state picks
    // the number; 90 is the federal ceiling and the default until the state's own rule is configured.
    hearingRequest: { days: 90, from: SEEN, citation: '42 CFR 431.221(d)', unverified: 'federal maximum; configure the state\'s period' },
    hearingCountedFrom: 'mailing',
    advanceNotice: { days: 10, from: SEEN, citation: '42 CFR 431.211' },
    // 435.952: a reasonable period; Hearth uses the SNAP floor of 10 days unless the state sets another.
    verificationResponse: { days: 10, from: SEEN, citation: '42 CFR 435.952(c)', unverified: 'regulation says "reasonable period"; 10 days is Hearth\'s default' },
    continuedBenefitsCitation: '42 CFR 431.230(a)',
    noticeContentCitations: ['42 CFR 431.210'],
  },
};

/** A state's choices. Medicaid's hearing period may be shorter than 90 days; TANF has no federal rule. */
export interface NoticePolicy {
  readonly medicaid?: Partial<Pick<ProgramNoticeRules, 'hearingRequest' | 'verificationResponse'>>;
  /** Colorado Works: 9 CCR 2503-6 §3.609.1 (prior notice); the hearing period must be supplied by the state. */
  readonly tanf?: ProgramNoticeRules;
}

export const DEFAULT_NOTICE_POLICY: NoticePolicy = {};

/** The rules that apply to a program's notices under a state's policy. */
export function noticeRulesFor(program: NoticeProgram, policy: NoticePolicy = DEFAULT_NOTICE_POLICY): ProgramNoticeRules {
  if (program === 'snap') return FEDERAL_NOTICE_RULES.snap;
  if (program === 'medicaid') {
    const rules = { ...FEDERAL_NOTICE_RULES.medicaid, ...(policy.medicaid ?? {}) };
    if (rules.hearingRequest.days > 90 || rules.hearingRequest.days < 1) {
      throw new DomainError('VALIDATION', 'A Medicaid hearing-request period must be 1 to 90 days (42 CFR 431.221(d))', [
        { path: 'policy.medicaid.hearingRequest.days', message: 'must be 1 to 90' },
      ]);
    }
    return rules;
  }
  if (!policy.tanf) {
    throw new DomainError('INVALID_STATE', 'TANF notices need the state\'s hearing and notice periods (NoticePolicy.tanf); none is configured', [
      { path: 'program', message: 'no TANF notice policy configured' },
    ]);
  }
  return policy.tanf;
}
