import type { ProgramExample } from '../../../engine/program.js';

export const TANF_CO_EXAMPLES: ProgramExample[] = [
  {
    title: 'Applicant parent with 2 children, $400 wages (July 2025 grant table)',
    citation: '9 CCR 2503-6 3.606.1.F, 3.606.2: need $421 (HB22-1259 cross-check); 400 − 90 = 310 < 421 → eligible; grant 620 − 400 × 33% (132) = $488.',
    input: { asOf: '2025-08-01', caretakers: 1, children: 2, status: 'applicant', earnedIncome: 400 },
    expected: { eligible: true, amountCents: 48800, values: { needStandardCents: 42100, grantStandardCents: 62000 } },
  },
  {
    title: 'Applicant whose countable income equals the need standard is not eligible (strict test)',
    citation: '9 CCR 2503-6 3.606.2 as encoded in the policy data (strictly below; an older text says "exceeds" - flagged).',
    input: { asOf: '2025-08-01', caretakers: 1, children: 2, status: 'applicant', earnedIncome: 511 },
    expected: { eligible: false, amountCents: 0 },
  },
  {
    title: 'Grant standard changes on 2025-07-01: 1 caretaker + 2 children $592 → $620',
    citation: '9 CCR 2503-6 3.606.1.F (charts eff. 2024-07-01 and 2025-07-01).',
    input: { asOf: '2025-06-30', caretakers: 1, children: 2, status: 'recipient' },
    expected: { amountCents: 59200 },
  },
];
