/**
 * TANF work participation rate parameters (45 CFR 261; 42 U.S.C. 607), restated by hand from the
 * regulation as described in docs/domain/child-welfare-and-tanf-work.md (no policy-data file exists).
 * Hours are weekly averages. Effective dates: the DRA final rule (73 FR 6772, effective 2008-10-01).
 */
import type { Series } from '../../../engine/params.js';

export interface HoursRequirement {
  readonly total: number;
  readonly core: number;
}

export interface TanfWprParameters {
  readonly overallRateTarget: Series<number>;
  readonly twoParentRateTarget: Series<number>;
  readonly hoursGeneral: Series<HoursRequirement>;
  readonly hoursSingleParentChildUnder6: Series<HoursRequirement>;
  readonly hoursTwoParent: Series<HoursRequirement>;
  readonly hoursTwoParentFederalChildCare: Series<HoursRequirement>;
  /** Weeks of job search/job readiness countable in a rolling 12 months (normal, needy or high-unemployment state). */
  readonly jobSearchWeeks: Series<{ readonly normal: number; readonly needyState: number }>;
  readonly jobSearchConsecutiveWeeks: Series<number>;
  readonly vocationalTrainingMonths: Series<number>;
  readonly excusedAbsenceHoursPerYear: Series<number>;
  readonly excusedAbsenceHoursPerMonth: Series<number>;
  readonly holidaysPerYear: Series<number>;
  readonly weeksPerMonthMultiplier: Series<number>;
  readonly childUnder1ExemptionMonths: Series<number>;
  readonly sanctionExclusionMonths: Series<number>;
}

const DRA = '2008-10-01';
const cite = (s: string) => `${s} (DRA final rule, 73 FR 6772)`;

export const TANF_WPR: TanfWprParameters = {
  overallRateTarget: [{ from: DRA, value: 50, citation: cite('45 CFR 261.21; 42 U.S.C. 607(a)(1)') }],
  twoParentRateTarget: [{ from: DRA, value: 90, citation: cite('45 CFR 261.23; 42 U.S.C. 607(a)(2)') }],
  hoursGeneral: [{ from: DRA, value: { total: 30, core: 20 }, citation: cite('45 CFR 261.31(a)-(b)') }],
  hoursSingleParentChildUnder6: [{ from: DRA, value: { total: 20, core: 20 }, citation: cite('45 CFR 261.31(b); 42 U.S.C. 607(c)(2)(B)') }],
  hoursTwoParent: [{ from: DRA, value: { total: 35, core: 30 }, citation: cite('45 CFR 261.32(a)-(b)') }],
  hoursTwoParentFederalChildCare: [{ from: DRA, value: { total: 55, core: 50 }, citation: cite('45 CFR 261.32(c)') }],
  jobSearchWeeks: [{ from: DRA, value: { normal: 6, needyState: 12 }, citation: cite('45 CFR 261.34(b); 42 U.S.C. 607(c)(2)(A)(i)') }],
  jobSearchConsecutiveWeeks: [{ from: DRA, value: 4, citation: cite('45 CFR 261.34(c)') }],
  vocationalTrainingMonths: [{ from: DRA, value: 12, citation: cite('45 CFR 261.33(a); 42 U.S.C. 607(d)(8)') }],
  excusedAbsenceHoursPerYear: [{ from: DRA, value: 80, citation: cite('45 CFR 261.60(b)') }],
  excusedAbsenceHoursPerMonth: [{ from: DRA, value: 16, citation: cite('45 CFR 261.60(b)') }],
  holidaysPerYear: [{ from: DRA, value: 10, citation: cite('45 CFR 261.60(b)') }],
  weeksPerMonthMultiplier: [{ from: DRA, value: 4.33, citation: cite('45 CFR 261.60(c) (state may multiply weekly hours by 4.33)') }],
  childUnder1ExemptionMonths: [{ from: DRA, value: 12, citation: cite('45 CFR 261.22(c)(1); 42 U.S.C. 607(b)(5)') }],
  sanctionExclusionMonths: [{ from: DRA, value: 3, citation: cite('45 CFR 261.22(b)(1); 42 U.S.C. 607(b)(1)(B)(ii)') }],
};
