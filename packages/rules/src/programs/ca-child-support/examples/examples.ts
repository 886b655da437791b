import type { ProgramExample } from '../../../engine/program.js';

/** Fixtures for Fam. Code 4055; the statute's own K example drives the first two. */
export const CA_CHILD_SUPPORT_EXAMPLES: ProgramExample[] = [
  {
    title: "Statute's K example under SB 343: H% 20%, TN $1,000 → K ≈ 0.21",
    citation: 'Fam. Code 4055(b)(3) (operative 2024-09-01): K = 1.2 × (0.165 + 1,000/82,857) = 0.2125; CS = 0.2125 × (800 − 0.2 × 1,000) = $127.49. ' +
      'LIA (4055(b)(7)): obligor NDI $800 < $2,860 (2025 full-time minimum wage) → reduction up to 127.49 × 2,060/2,860 = $91.83, floor $35.66.',
    input: { asOf: '2025-01-01', parentA: { netDisposableIncome: 800 }, parentB: { netDisposableIncome: 200 }, children: [{ age: 4, timeWithParentA: 20 }] },
    expected: { amountCents: 12749, values: { payer: 'A', k: 0.2125, lowIncomeAdjustmentCents: { minimum: 3566, maximum: 12749, threshold: 286000 } } },
  },
  {
    title: "Statute's K example before SB 343: H% 20%, TN $1,000 → K = 0.30",
    citation: 'Fam. Code 4055(b)(3) (text before 2024-09-01): K = 1.2 × 0.25 = 0.30; CS = 0.30 × 600 = $180.00.',
    input: { asOf: '2024-08-31', parentA: { netDisposableIncome: 800 }, parentB: { netDisposableIncome: 200 }, children: [{ age: 4, timeWithParentA: 20 }] },
    expected: { amountCents: 18000, values: { payer: 'A', k: 0.3 } },
  },
  {
    title: 'Same facts at H% 80%: the time-share factor is 2 − 0.8 = 1.2, same K',
    citation: 'Fam. Code 4055(b)(3) example ("same at 80%"): CS = 0.30 × (800 − 0.8 × 1,000) = $0.',
    input: { asOf: '2024-08-31', parentA: { netDisposableIncome: 800 }, parentB: { netDisposableIncome: 200 }, children: [{ age: 4, timeWithParentA: 80 }] },
    expected: { amountCents: 0, values: { k: 0.3 } },
  },
  {
    title: 'Two children, default allocation youngest first',
    citation: 'Fam. Code 4055(b)(4) (×1.6) and (b)(8): 127.4896 × 1.6 = $203.98; youngest $127.49, older $76.49.',
    input: { asOf: '2025-01-01', parentA: { netDisposableIncome: 800 }, parentB: { netDisposableIncome: 200 }, children: [{ age: 9, timeWithParentA: 20 }, { age: 4, timeWithParentA: 20 }] },
    expected: { amountCents: 20398, values: { allocationByChildCents: [7649, 12749] } },
  },
  {
    title: 'Negative result: the low earner pays',
    citation: 'Fam. Code 4055(b)(5): TN 8,000 → fraction 0.25; H% 70% → factor 1.3; K 0.325; CS = 0.325 × (5,000 − 5,600) = −$195 → parent B pays $195.',
    input: { asOf: '2025-06-01', parentA: { netDisposableIncome: 5000 }, parentB: { netDisposableIncome: 3000 }, children: [{ age: 10, timeWithParentA: 70 }] },
    expected: { amountCents: 19500, values: { payer: 'B', k: 0.325 } },
  },
  {
    title: 'Net disposable income from gross and FC 4059 deductions',
    citation: 'Fam. Code 4059(a)-(d): 6,000 − 900 tax − 459 FICA − 300 retirement − 241 health = $4,100.',
    input: {
      asOf: '2025-06-01',
      parentA: { grossIncome: 6000, deductions: { incomeTaxes: 900, fica: 459, mandatoryUnionDuesAndRetirement: 300, healthInsuranceAndSdi: 241 } },
      parentB: { netDisposableIncome: 2000 },
      children: [{ age: 3, timeWithParentA: 0 }],
    },
    expected: { values: { netDisposableIncomeCents: { A: 410000, B: 200000 } } },
  },
  {
    title: '10% simple interest: $500 due 1 January, LCSA case, one year later',
    citation: 'CCP 685.010(a), 685.020(b); Fam. Code 17433.5 (accrues from 1 February): 500 × 10% × 12/12 = $50.00 (domain notes: $4.17 a month).',
    input: { asOf: '2026-02-01', parentA: { netDisposableIncome: 3000 }, parentB: { netDisposableIncome: 1000 }, children: [{ age: 5, timeWithParentA: 10 }], arrears: { lcsaCase: true, installments: [{ dueDate: '2025-01-01', unpaid: 500 }] } },
    expected: { values: { interestCents: { total: 5000 } } },
  },
];
