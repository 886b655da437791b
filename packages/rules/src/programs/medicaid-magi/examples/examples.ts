import type { ProgramExample } from '../../../engine/program.js';

export const MEDICAID_MAGI_EXAMPLES: ProgramExample[] = [
  {
    title: 'Colorado single adult at exactly 138% of the 2025 guideline is eligible (≤ standard)',
    citation: '42 CFR 435.119, 435.603(d)(4); 2025 guideline $15,650: 138% = $21,597/yr = $1,799.75/mo.',
    input: { asOf: '2025-06-01', state: 'CO', people: [{ id: 'a', age: 30, taxFiler: true, income: { wages: 1799.75 } }] },
    expected: { eligible: true, values: { people: [{ id: 'a', householdSize: 1, percentOfPoverty: 138, coverage: 'adult' }] } },
  },
  {
    title: 'One cent over 138% is not eligible in the adult group',
    citation: '42 CFR 435.119; 435.603(d)(4).',
    input: { asOf: '2025-06-01', state: 'CO', people: [{ id: 'a', age: 30, taxFiler: true, income: { wages: 1799.76 } }] },
    expected: { eligible: false },
  },
  {
    title: 'Texas (no expansion): parent at 50% of poverty is above the 19% parent standard; the child qualifies',
    citation: '42 CFR 435.110, 435.118, 435.603(f)(1)-(2): filer household of 2 (parent claims child); 2025 guideline for 2 = $21,150; income $881.25/mo = 50%.',
    input: {
      asOf: '2025-06-01',
      state: 'TX',
      people: [
        { id: 'p', age: 32, taxFiler: true, income: { wages: 881.25 } },
        { id: 'c', age: 7, claimedAsDependentBy: 'p', parentIds: ['p'] },
      ],
    },
    expected: { eligible: true, values: { people: [{ id: 'c', householdSize: 2, coverage: 'child6to18' }, { id: 'p', coverage: null }] } },
  },
  {
    title: 'Pregnant woman counts as two in her own household',
    citation: '42 CFR 435.603(b), 435.116: household of 1 + 1 expected child.',
    input: { asOf: '2025-06-01', state: 'AL', people: [{ id: 'w', age: 25, pregnant: true, expectedChildren: 1, income: { wages: 2000 } }] },
    expected: { eligible: true, values: { people: [{ id: 'w', householdSize: 2, coverage: 'pregnant' }] } },
  },
];
