/**
 * TANF work participation rate (45 CFR 261; 42 U.S.C. 607) for a set of family-months.
 *
 * Per family-month: countable hours of the work-eligible individual(s) — core activities first, non-core
 * only above the core requirement; job search/job readiness within its weekly limit; vocational training
 * within 12 lifetime months; excused absences (≤ 16 h a month, 80 h a year) and holidays for unpaid
 * activities — divided by the weeks in the month (4.33, or actual weeks by a state calendar rule) and
 * compared with the hours the family type requires. Denominator exclusions: no work-eligible individual,
 * sanctioned families (≤ 3 of the last 12 months), single parents of a child under 1 (state option, ≤ 12
 * months). Monthly rate = participating ÷ countable families; annual rate = mean of the monthly rates.
 */
import { z } from 'zod';
import { daysInMonth, dayOfWeek, fromYmd, type DateOnly } from '@hearth/kernel';
import { requireAt, type Coverage, assertCovered } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import type { EvaluateOptions, ProgramExample, RulesProgram, RulesResult } from '../../engine/program.js';
import { read } from '../../engine/trace.js';
import { reason } from '../../engine/text.js';
import { dateOnlySchema, idSchema } from '../../engine/input.js';
import type { Labels } from '../../engine/explain.js';
import { RULES_VERSION } from '../../rules-version.js';
import { TANF_WPR, type HoursRequirement } from './parameters/tanf-wpr.js';

export const CORE_ACTIVITIES = [
  'unsubsidized-employment', 'subsidized-private-employment', 'subsidized-public-employment', 'work-experience',
  'on-the-job-training', 'job-search-job-readiness', 'community-service', 'vocational-educational-training', 'child-care-for-community-service',
] as const;
export const NON_CORE_ACTIVITIES = ['job-skills-training', 'education-related-to-employment', 'secondary-school'] as const;
const PAID = new Set<string>(['unsubsidized-employment', 'subsidized-private-employment', 'subsidized-public-employment', 'on-the-job-training']);

const hours = z.number().min(0).max(744);
export const activitySchema = z.object({
  type: z.enum([...CORE_ACTIVITIES, ...NON_CORE_ACTIVITIES]),
  /** Actual hours in the month (paid leave included for paid work). */
  hours,
  /** Excused absence hours for scheduled hours of an unpaid activity. */
  excusedHours: hours.optional(),
  /** Scheduled hours on designated holidays, for an unpaid activity. */
  holidayHours: hours.optional(),
});

export const familyMonthSchema = z.object({
  id: z.string(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  type: z.enum(['single-parent', 'two-parent']),
  youngestChildAge: z.number().int().min(0).max(18),
  federallyFundedChildCare: z.boolean().optional(),
  disabledParent: z.boolean().optional(),
  noWorkEligibleIndividual: z.boolean().optional(),
  sanctioned: z.boolean().optional(),
  /** Months sanctioned in the last 12, including this one. */
  sanctionMonthsInLast12: z.number().int().min(0).max(12).optional(),
  /** Months this family has used the child-under-1 exemption before this one. */
  childUnder1ExemptionMonthsUsed: z.number().int().min(0).max(60).optional(),
  /** Head of household under 20 who maintains satisfactory school attendance (deemed engaged). */
  teenHeadInSchool: z.boolean().optional(),
  /** Weeks of job search/job readiness already counted in the preceding 12 months. */
  jobSearchWeeksUsed: z.number().min(0).max(52).optional(),
  /** Consecutive job search weeks immediately before this month. */
  jobSearchConsecutiveWeeksBefore: z.number().int().min(0).max(52).optional(),
  /** Months of vocational educational training already counted for this individual. */
  vocationalTrainingMonthsUsed: z.number().int().min(0).max(120).optional(),
  /** Excused-absence hours already counted in the preceding 12 months. */
  excusedHoursUsedThisYear: hours.optional(),
  activities: z.array(activitySchema).max(40),
});

export const tanfWprInputSchema = z.object({
  id: idSchema,
  asOf: dateOnlySchema.optional(),
  /** State setting: 4.33 weeks a month, or the actual weeks by the calendar rule (weeks = Mondays in the month). */
  weekMethod: z.enum(['4.33', 'actual']).optional(),
  needyState: z.boolean().optional(),
  excludeSingleParentsOfInfants: z.boolean().optional(),
  families: z.array(familyMonthSchema).min(1).max(100_000),
});
export type TanfWprInput = z.output<typeof tanfWprInputSchema>;
type FamilyMonth = z.output<typeof familyMonthSchema>;

export const TANF_WPR_COVERAGE: Coverage = { from: '2008-10-01', to: '2026-09-30' };

export function weeksInMonth(month: string, method: '4.33' | 'actual'): number {
  if (method === '4.33') return requireAt(TANF_WPR.weeksPerMonthMultiplier, `${month}-01`, 'weeks multiplier').value;
  const [y, m] = month.split('-').map(Number) as [number, number];
  let mondays = 0;
  for (let d = 1; d <= daysInMonth(y, m); d++) if (dayOfWeek(fromYmd(y, m, d)) === 1) mondays++;
  return mondays;
}

export interface FamilyMonthResult {
  id: string;
  month: string;
  inDenominator: boolean;
  inTwoParentDenominator: boolean;
  exclusion: string | null;
  required: HoursRequirement;
  coreHoursPerWeek: number;
  totalHoursPerWeek: number;
  participating: boolean;
}

export function familyMonth(f: FamilyMonth, weeks: number, needyState: boolean, excludeInfants: boolean, on: DateOnly): FamilyMonthResult {
  const P = TANF_WPR;
  const twoParent = f.type === 'two-parent';
  const required = twoParent
    ? f.federallyFundedChildCare && !f.disabledParent
      ? requireAt(P.hoursTwoParentFederalChildCare, on, 'hours').value
      : requireAt(P.hoursTwoParent, on, 'hours').value
    : f.youngestChildAge < 6
      ? requireAt(P.hoursSingleParentChildUnder6, on, 'hours').value
      : requireAt(P.hoursGeneral, on, 'hours').value;
  let exclusion: string | null = null;
  if (f.noWorkEligibleIndividual) exclusion = 'no-work-eligible-individual';
  else if (f.sanctioned && (f.sanctionMonthsInLast12 ?? 1) <= requireAt(P.sanctionExclusionMonths, on, 'sanction months').value) exclusion = 'sanctioned';
  else if (excludeInfants && !twoParent && f.youngestChildAge < 1 && (f.childUnder1ExemptionMonthsUsed ?? 0) < requireAt(P.childUnder1ExemptionMonths, on, 'infant months').value) exclusion = 'single-parent-child-under-1';

  // Job search/job readiness: limited to the weeks left in the rolling 12 months and the consecutive-week rule.
  const js = requireAt(P.jobSearchWeeks, on, 'job search weeks').value;
  const weekHours = !twoParent && f.youngestChildAge < 6 ? 20 : 30;
  const jsWeeksLeft = Math.max(0, (needyState ? js.needyState : js.normal) - (f.jobSearchWeeksUsed ?? 0));
  const consecutiveLeft = Math.max(0, requireAt(P.jobSearchConsecutiveWeeks, on, 'consecutive weeks').value - (f.jobSearchConsecutiveWeeksBefore ?? 0));
  const jsCapHours = Math.min(jsWeeksLeft, consecutiveLeft, weeks) * weekHours;
  const vetAllowed = (f.vocationalTrainingMonthsUsed ?? 0) < requireAt(P.vocationalTrainingMonths, on, 'VET months').value;
  let excusedLeft = Math.min(requireAt(P.excusedAbsenceHoursPerMonth, on, 'excused hours').value, Math.max(0, requireAt(P.excusedAbsenceHoursPerYear, on, 'excused hours').value - (f.excusedHoursUsedThisYear ?? 0)));

  let core = 0;
  let nonCore = 0;
  let jsHours = 0;
  for (const a of f.activities) {
    let h = a.hours;
    if (!PAID.has(a.type)) {
      const excused = Math.min(a.excusedHours ?? 0, excusedLeft);
      excusedLeft -= excused;
      h += excused + (a.holidayHours ?? 0);
    }
    if (a.type === 'job-search-job-readiness') jsHours += h;
    else if (a.type === 'vocational-educational-training') core += vetAllowed ? h : 0;
    else if ((CORE_ACTIVITIES as readonly string[]).includes(a.type)) core += h;
    else nonCore += h;
  }
  core += Math.min(jsHours, jsCapHours);
  const coreWeekly = core / weeks;
  const totalWeekly = coreWeekly >= required.core ? (core + nonCore) / weeks : coreWeekly;
  const participating = exclusion === null && (f.teenHeadInSchool === true || (coreWeekly >= required.core && totalWeekly >= required.total));
  return {
    id: f.id,
    month: f.month,
    inDenominator: exclusion === null,
    inTwoParentDenominator: exclusion === null && twoParent && !f.disabledParent,
    exclusion,
    required,
    coreHoursPerWeek: Math.round(coreWeekly * 100) / 100,
    totalHoursPerWeek: Math.round(totalWeekly * 100) / 100,
    participating,
  };
}

export const TANF_WPR_LABELS: Labels = {
  monthlyRate: { en: 'Overall rate for the month (%)', es: 'Tasa general del mes (%)' },
  monthlyTwoParentRate: { en: 'Two-parent rate for the month (%)', es: 'Tasa de dos padres del mes (%)' },
  annualRate: { en: 'Annual overall rate (mean of monthly rates, %)', es: 'Tasa general anual (promedio de tasas mensuales, %)' },
  annualTwoParentRate: { en: 'Annual two-parent rate (%)', es: 'Tasa anual de dos padres (%)' },
  overallRateTarget: { en: 'overall target', es: 'meta general' },
  twoParentRateTarget: { en: 'two-parent target', es: 'meta de dos padres' },
  weeksPerMonthMultiplier: { en: 'weeks per month', es: 'semanas por mes' },
};

const ratio = (num: number, den: number) => (den === 0 ? null : num / den);
const asPercent = (r: number | null) => (r === null ? null : Math.round(r * 10_000) / 100);

export function evaluateTanfWpr(f: TanfWprInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, f.asOf);
  assertCovered(TANF_WPR_COVERAGE, asOf, 'TANF work participation');
  const t = tracerFor(opts);
  const method = f.weekMethod ?? '4.33';
  const results = f.families.map((fm) => familyMonth(fm, weeksInMonth(fm.month, method), f.needyState ?? false, f.excludeSingleParentsOfInfants ?? false, `${fm.month}-01`));
  const months = [...new Set(results.map((r) => r.month))].sort();
  const monthly = months.map((m) => {
    const rs = results.filter((r) => r.month === m);
    const den = rs.filter((r) => r.inDenominator);
    const den2 = rs.filter((r) => r.inTwoParentDenominator);
    const overall = ratio(den.filter((r) => r.participating).length, den.length);
    const twoParent = ratio(den2.filter((r) => r.participating).length, den2.length);
    t?.step(`monthlyRate`, { month: m, rate: asPercent(overall) }, 'text', '45 CFR 261.22(a)', ['families']);
    t?.step(`monthlyTwoParentRate`, { month: m, rate: asPercent(twoParent) }, 'text', '45 CFR 261.24(a)', ['families']);
    return { month: m, overall, twoParent, participating: den.filter((r) => r.participating).length, countable: den.length };
  });
  // Annual rate = mean of the unrounded monthly rates, rounded once for display (percent, 2 decimals).
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length === 0 ? null : asPercent(v.reduce((s, x) => s + x, 0) / v.length);
  };
  const annualRate = mean(monthly.map((m) => m.overall));
  const annualTwoParentRate = mean(monthly.map((m) => m.twoParent));
  const target = requireAt(TANF_WPR.overallRateTarget, asOf, 'overall target');
  const target2 = requireAt(TANF_WPR.twoParentRateTarget, asOf, 'two-parent target');
  t?.step('annualRate', annualRate, 'ratio', '45 CFR 261.22(a) (average of the monthly rates)', ['monthlyRate'], [read('overallRateTarget', target, 'count'), ...(method === '4.33' ? [read('weeksPerMonthMultiplier', TANF_WPR.weeksPerMonthMultiplier[0]!, 'ratio')] : [])]);
  t?.step('annualTwoParentRate', annualTwoParentRate, 'ratio', '45 CFR 261.24', ['monthlyTwoParentRate'], [read('twoParentRateTarget', target2, 'count')]);
  const meets = annualRate !== null && annualRate >= target.value;
  return finishResult(
    {
      program: 'tanf-wpr',
      rulesVersion: RULES_VERSION,
      asOf,
      eligible: meets,
      reasons: [
        meets
          ? reason('WPR_MEETS_TARGET', `Annual rate ${annualRate}% meets the ${target.value}% target before any caseload reduction credit.`, `La tasa anual de ${annualRate}% cumple la meta de ${target.value}% antes de cualquier crédito por reducción de casos.`)
          : reason('WPR_BELOW_TARGET', `Annual rate ${annualRate ?? 'n/a'}% is below the ${target.value}% target before any caseload reduction credit.`, `La tasa anual de ${annualRate ?? 'n/d'}% está por debajo de la meta de ${target.value}% antes de cualquier crédito por reducción de casos.`),
      ],
      values: {
        weekMethod: method,
        annualRate,
        annualTwoParentRate,
        monthly: monthly.map((m) => ({ month: m.month, overallRate: asPercent(m.overall), twoParentRate: asPercent(m.twoParent), participating: m.participating, countable: m.countable })),
        families: results,
      },
    },
    t,
    TANF_WPR_LABELS,
  );
}

export const TANF_WPR_EXAMPLES: ProgramExample[] = [
  {
    title: 'Single parent of a 4-year-old working 87 hours in a 4.33-week month meets 20 hours a week',
    citation: '45 CFR 261.31(b), 261.60(c): 87 / 4.33 = 20.09 ≥ 20 core hours.',
    input: { asOf: '2025-03-01', families: [{ id: 'f1', month: '2025-03', type: 'single-parent', youngestChildAge: 4, activities: [{ type: 'unsubsidized-employment', hours: 87 }] }] },
    expected: { values: { annualRate: 100, families: [{ participating: true, coreHoursPerWeek: 20.09 }] } },
  },
  {
    title: '86 hours falls short (19.86 a week)',
    citation: '45 CFR 261.31(b): 86 / 4.33 = 19.86 < 20.',
    input: { asOf: '2025-03-01', families: [{ id: 'f1', month: '2025-03', type: 'single-parent', youngestChildAge: 4, activities: [{ type: 'unsubsidized-employment', hours: 86 }] }] },
    expected: { values: { annualRate: 0, families: [{ participating: false }] } },
  },
  {
    title: 'Non-core hours count only above the 20 core hours (general 30-hour requirement)',
    citation: '45 CFR 261.31(a)-(b): 90 core (20.79/wk) + 40 GED hours = 130 / 4.33 = 30.02 ≥ 30.',
    input: { asOf: '2025-03-01', families: [{ id: 'f1', month: '2025-03', type: 'single-parent', youngestChildAge: 8, activities: [{ type: 'work-experience', hours: 90 }, { type: 'secondary-school', hours: 40 }] }] },
    expected: { values: { families: [{ participating: true }] } },
  },
];

export const tanfWprProgram: RulesProgram<typeof tanfWprInputSchema> = {
  name: 'tanf-wpr',
  title: { en: 'TANF work participation rate (45 CFR 261)', es: 'Tasa de participación laboral de TANF (45 CFR 261)' },
  inputSchema: tanfWprInputSchema,
  evaluate: evaluateTanfWpr,
  examples: TANF_WPR_EXAMPLES,
};
