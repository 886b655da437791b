/**
 * SNAP fixtures. Each computes by hand from the cited rules and the FY parameter tables (FNS COLA memos);
 * the arithmetic is written out so a reviewer can check every figure.
 */
import type { ProgramExample } from '../../../engine/program.js';

export const SNAP_EXAMPLES: ProgramExample[] = [
  {
    title: 'Texas, 3 persons, $2,000 wages, rent $900 with heating (FY2026)',
    citation:
      '7 CFR 273.9(a), (d)(1), (d)(2), (d)(6)(ii)-(iii); 273.10(e)(1)(ii)(A), (e)(2)(ii)(A); FNS FY2026 COLA. ' +
      'Gross 2,000 ≤ 2,888 (ceil(26,650×1.3/12)); −20% 400 −std 209 = 1,391; shelter 900+SUA 445 = 1,345; half of 1,391 = 695.50 → 696; ' +
      'excess 649 (< cap 744); net 742 ≤ 2,221; 30% = 222.60 → 223; 785 − 223 = $562.',
    input: { asOf: '2025-11-01', state: 'TX', members: [{ age: 35, earnedIncome: 2000 }, { age: 8 }, { age: 5 }], assets: 1000, shelterCosts: 900, utilities: { heatingCooling: true } },
    expected: { eligible: true, amountCents: 56200, values: { netIncomeCents: 74200, benefitReductionCents: 22300, categoricalEligibility: 'bbce' } },
  },
  {
    title: 'Same household applying on 16 November: prorated initial month',
    citation: '7 CFR 273.10(a)(1)(ii): 562 × (30 − 16 + 1)/30 = 281.00 → $281 (rounded down).',
    input: { asOf: '2025-11-01', state: 'TX', members: [{ age: 35, earnedIncome: 2000 }, { age: 8 }, { age: 5 }], assets: 1000, shelterCosts: 900, utilities: { heatingCooling: true }, applicationDate: '2025-11-16' },
    expected: { eligible: true, amountCents: 28100, values: { initialMonth: true, monthlyAllotmentCents: 56200 } },
  },
  {
    title: 'Ohio, 1 person, $1,500 wages: minimum benefit (FY2026)',
    citation: '7 CFR 273.10(e)(2)(ii)(C): net 1,500−300−209 = 991; 30% = 297.30 → 298; 298 − 298 = 0 → minimum $24 for a 1-person household.',
    input: { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1500 }] },
    expected: { eligible: true, amountCents: 2400 },
  },
  {
    title: 'Ohio, 1 person, wages $1,696.49: rounds to the gross limit $1,696 and passes',
    citation: '7 CFR 273.10(e)(1)(ii)(A) (49 cents round down); 273.9(a)(1), (a)(3): limit ceil(15,650×1.3/12) = 1,696; income ≤ limit passes.',
    input: { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1696.49 }] },
    expected: { eligible: true, amountCents: 2400, values: { grossIncomeCents: 169600, tests: { gross: 'pass' } } },
  },
  {
    title: 'Ohio, 1 person, wages $1,696.50: rounds up to $1,697 and fails the gross test',
    citation: '7 CFR 273.10(e)(1)(ii)(A) (50 cents round up); 273.9(a)(1). Ohio BBCE limit is also 130% for non-elderly households.',
    input: { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1696.5 }] },
    expected: { eligible: false, amountCents: 0, values: { tests: { gross: 'fail' }, categoricalEligibility: null } },
  },
  {
    title: 'Kansas (no BBCE), elderly person, $1,800 Social Security, $235 medical, rent $1,200 with heat',
    citation:
      '7 CFR 273.9(a)(1) (elderly: no gross test), (d)(3) (235−35 = 200), (d)(6)(ii) (no cap for elderly): adj 1,800−209−200 = 1,391; ' +
      'shelter 1,200+469 = 1,669 − 696 = 973; net 418; 30% = 125.40 → 126; 298 − 126 = $172. Assets 4,000 ≤ 4,500 (273.8(b)).',
    input: { asOf: '2026-01-15', state: 'KS', members: [{ age: 70, unearnedIncome: 1800, medicalExpenses: 235 }], shelterCosts: 1200, utilities: { heatingCooling: true }, assets: 4000 },
    expected: { eligible: true, amountCents: 17200, values: { tests: { gross: 'exempt', net: 'pass', assets: 'pass' }, deductionsCents: { medical: 20000, excessShelter: 97300 } } },
  },
  {
    title: 'Colorado standard medical deduction: $100 costs give the $165 standard',
    citation: '7 CFR 273.9(d)(3); Colorado SMD ($165) replaces the actual excess of $65 when larger. Colorado gives every household the SUA from 2024-10-01.',
    input: { asOf: '2026-01-15', state: 'CO', members: [{ age: 70, unearnedIncome: 1000, medicalExpenses: 100 }], shelterCosts: 500 },
    expected: { eligible: true, amountCents: 29800, values: { deductionsCents: { medical: 16500 }, utilityAllowanceType: 'sua', expeditedService: true } },
  },
  {
    title: 'New Jersey state minimum benefit tops a $24 federal minimum up to $95',
    citation: 'New Jersey State Minimum Benefit Program; 7 CFR 273.10(e)(2)(ii)(C).',
    input: { asOf: '2025-11-01', state: 'NJ', members: [{ age: 30, earnedIncome: 1500 }] },
    expected: { eligible: true, amountCents: 9500, values: { monthlyAllotmentCents: 2400, stateSupplementCents: 7100 } },
  },
  {
    title: 'Homeless person with $100 income and $50 cash: expedited service',
    citation: '7 CFR 273.2(i)(1)(i): gross under $150 and liquid resources at most $100; 273.9(d)(6)(i) homeless shelter deduction.',
    input: { asOf: '2025-11-01', state: 'GA', members: [{ age: 30, unearnedIncome: 100 }], assets: 50, homeless: true },
    expected: { eligible: true, amountCents: 29800, values: { expeditedService: true } },
  },
  {
    title: 'TANF household of 3 in Kansas whose allotment computes to $0 is denied',
    citation: '7 CFR 273.2(j)(2) (categorically eligible) and 273.10(e)(2)(iii): a household of 3+ with a $0 allotment gets no benefit.',
    input: {
      asOf: '2024-03-01',
      state: 'KS',
      members: [{ age: 40, receivesTanfCash: true, unearnedIncome: 3000 }, { age: 10, receivesTanfCash: true }, { age: 12, receivesTanfCash: true }],
    },
    expected: { eligible: false, amountCents: 0, values: { categoricalEligibility: 'ssi-tanf' } },
  },
];

/**
 * Formula checks taken from agency manuals (their own, older parameter values), testing the pure helpers.
 */
export const SNAP_MANUAL_EXAMPLES = {
  /** NH DHHS Food Stamp Manual, Table G, example 1: size 3, max $497, net $1,465 → 30% $439.50 → $440; allotment $57. */
  nhTableG1: { maxAllotment: 49_700, netIncome: 146_500, reduction: 44_000, allotment: 5_700, citation: 'NH DHHS FSM Table G, Example 1; 7 CFR 273.10(e)(2)(ii)(A)' },
  /** NH DHHS Food Stamp Manual, Table G, example 2: size 2 (SSI), max $347, net $1,120 → 30% $336; 347 − 336 = $11 → raised to the minimum then in force. */
  nhTableG2: { maxAllotment: 34_700, netIncome: 112_000, reduction: 33_600, allotment: 1_100, citation: 'NH DHHS FSM Table G, Example 2; 7 CFR 273.10(e)(2)(ii)(C)' },
  /** CT DSS "Prorated Benefits": application 14 January, full benefit $194, 30-day method: 17 × 194 / 30 = 109.93 → $109. */
  ctProration: { fullAllotment: 19_400, applicationDate: '2026-01-14', method: '30-day' as const, prorated: 10_900, citation: 'CT DSS SNAP Prorated Benefits; 7 CFR 273.10(a)(1)(ii)' },
} as const;
