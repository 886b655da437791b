import type { ClockTypeDefinition } from '@hearth/cases';

/** The programs an application can ask for, each with its rules program and its case program. */
export const ELIG_PROGRAMS = ['snap', 'tanf', 'medicaid'] as const;
export type EligProgram = (typeof ELIG_PROGRAMS)[number];

/** Colorado: TANF is Colorado Works; Medicaid is evaluated under MAGI rules. */
export const RULES_PROGRAM: Record<EligProgram, 'snap' | 'tanf-co' | 'medicaid-magi'> = {
  snap: 'snap',
  tanf: 'tanf-co',
  medicaid: 'medicaid-magi',
};

export const PROGRAM_TITLES: Record<EligProgram, { en: string; es: string }> = {
  snap: { en: 'SNAP (food assistance)', es: 'SNAP (asistencia alimentaria)' },
  tanf: { en: 'Colorado Works (TANF cash assistance)', es: 'Colorado Works (asistencia monetaria TANF)' },
  medicaid: { en: 'Health First Colorado (Medicaid)', es: 'Health First Colorado (Medicaid)' },
};

const DAY_AFTER = 'Day 1 is the day after the filing date; every calendar day counts, weekends and holidays included.';

/** Processing clocks this module registers with the cases module (SNAP's come with the cases catalog). */
export const ELIGIBILITY_CLOCK_TYPES: readonly ClockTypeDefinition[] = [
  {
    code: 'medicaid_processing_45',
    name: 'Medicaid application processing (45 days)',
    programCode: 'medicaid',
    citation: '42 CFR 435.912(c)(3)(ii)',
    startEvent: 'Date of application',
    length: 45,
    unit: 'calendar',
    countingRule: `${DAY_AFTER} A decision within 45 days (90 when eligibility rests on disability, 435.912(c)(3)(i)). Delays caused by the applicant are documented, never a reason to deny.`,
    warnDaysBefore: 10,
    escalateDaysBefore: 3,
  },
  {
    code: 'tanf_co_processing_45',
    name: 'Colorado Works application processing (45 days)',
    programCode: 'tanf',
    citation: 'Colorado county guidance (45 days); 9 CCR 2503-6 §3.602.1 (application date = receipt) — processing rule not found in rule text',
    startEvent: 'Date the application is received (9 CCR 2503-6 §3.602.1)',
    length: 45,
    unit: 'calendar',
    countingRule: `${DAY_AFTER} The 45-day standard is county guidance; the rule itself was not found (eligibility-workflow.md §3).`,
    warnDaysBefore: 10,
    escalateDaysBefore: 3,
  },
  {
    code: 'medicaid_renewal_30',
    name: 'Medicaid renewal form (30 days to return)',
    programCode: 'medicaid',
    citation: '42 CFR 435.916(a)(3)(i)(B)',
    startEvent: 'The day the renewal form is sent',
    length: 30,
    unit: 'calendar',
    countingRule: 'Day 1 is the day after the form is sent; the household has at least 30 days to return it.',
    warnDaysBefore: 7,
    escalateDaysBefore: 2,
  },
];

/** The processing clock each program starts on its case at filing. */
export const PROCESSING_CLOCK: Record<EligProgram, string> = {
  snap: 'snap_processing_30',
  tanf: 'tanf_co_processing_45',
  medicaid: 'medicaid_processing_45',
};
export const EXPEDITED_CLOCK = 'snap_expedited_7';

/**
 * Certification period length in months, by program (first month = the first benefit month).
 * SNAP: up to 12 months, 24 when all adult members are elderly or disabled (7 CFR 273.10(f)(1)–(2)).
 * Colorado Works: 6 months (9 CCR 2503-6 §3.606.1.E). Medicaid MAGI: renewal every 12 months (42 CFR 435.916(a)).
 */
export function certificationMonths(program: EligProgram, allAdultsElderlyOrDisabled: boolean): { months: number; citation: string } {
  if (program === 'snap') return allAdultsElderlyOrDisabled ? { months: 24, citation: '7 CFR 273.10(f)(1)' } : { months: 12, citation: '7 CFR 273.10(f)(2)' };
  if (program === 'tanf') return { months: 6, citation: '9 CCR 2503-6 §3.606.1.E' };
  return { months: 12, citation: '42 CFR 435.916(a)(1)' };
}
