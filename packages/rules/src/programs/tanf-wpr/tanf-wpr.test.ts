import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../index.js';
import { weeksInMonth } from './program.js';

const single = (id: string, month: string, activities: unknown[], extra: Record<string, unknown> = {}) => ({ id, month, type: 'single-parent', youngestChildAge: 8, activities, ...extra });

describe('TANF work participation rate', () => {
  it('annual rate is the mean of monthly rates, not pooled counts (45 CFR 261.22(a))', () => {
    const r = evaluateProgram('tanf-wpr', {
      asOf: '2025-03-01',
      families: [
        single('a', '2025-01', [{ type: 'unsubsidized-employment', hours: 140 }]),
        single('a', '2025-02', [{ type: 'unsubsidized-employment', hours: 140 }]),
        single('b', '2025-02', [{ type: 'unsubsidized-employment', hours: 10 }]),
        single('c', '2025-02', [{ type: 'unsubsidized-employment', hours: 10 }]),
      ],
    });
    // January 100%, February 33.33% → mean 66.67% (pooled would be 50%)
    expect(r.values.annualRate).toBe(66.67);
  });
  it('counts job search only within the weeks left in the rolling 12 months (45 CFR 261.34)', () => {
    const fam = (used: number) =>
      evaluateProgram('tanf-wpr', { asOf: '2025-03-01', families: [single('a', '2025-03', [{ type: 'job-search-job-readiness', hours: 130 }, { type: 'unsubsidized-employment', hours: 10 }], { jobSearchWeeksUsed: used })] });
    // At most 4 consecutive weeks × 30 h = 120 h of JS/JR count (261.34(c)); 120 + 10 = 130 / 4.33 = 30.02
    expect((fam(0).values.families as { participating: boolean }[])[0]!.participating).toBe(true);
    // One week left: 30 + 10 = 40 / 4.33
    expect((fam(5).values.families as { coreHoursPerWeek: number }[])[0]!.coreHoursPerWeek).toBeCloseTo(40 / 4.33, 2);
    expect((fam(6).values.families as { coreHoursPerWeek: number }[])[0]!.coreHoursPerWeek).toBeCloseTo(10 / 4.33, 2);
  });
  it('excludes sanctioned families for up to 3 months in 12 and single parents of infants at state option', () => {
    const r = evaluateProgram('tanf-wpr', {
      asOf: '2025-03-01',
      excludeSingleParentsOfInfants: true,
      families: [
        single('a', '2025-03', [], { sanctioned: true, sanctionMonthsInLast12: 3 }),
        single('b', '2025-03', [], { sanctioned: true, sanctionMonthsInLast12: 4 }),
        { ...single('c', '2025-03', []), youngestChildAge: 0 },
        single('d', '2025-03', [{ type: 'community-service', hours: 120, excusedHours: 10 }]),
      ],
    });
    const fs = r.values.families as { id: string; inDenominator: boolean; participating: boolean }[];
    expect(fs.map((f) => f.inDenominator)).toEqual([false, true, false, true]);
    // d: 120 + 10 excused = 130 / 4.33 = 30.02 ≥ 30
    expect(fs[3]!.participating).toBe(true);
    expect(r.values.annualRate).toBe(50);
  });
  it('two-parent families need 35 hours combined, 55 with federally funded child care', () => {
    const two = (cc: boolean, h: number) => evaluateProgram('tanf-wpr', { asOf: '2025-03-01', families: [{ id: 'x', month: '2025-03', type: 'two-parent', youngestChildAge: 3, federallyFundedChildCare: cc, activities: [{ type: 'unsubsidized-employment', hours: h }] }] });
    expect(two(false, 152).values.annualTwoParentRate).toBe(100);
    expect(two(true, 152).values.annualTwoParentRate).toBe(0);
    expect(two(true, 239).values.annualTwoParentRate).toBe(100);
  });
  it('week conversion is a state setting: 4.33 or actual weeks', () => {
    expect(weeksInMonth('2025-03', '4.33')).toBe(4.33);
    expect(weeksInMonth('2025-03', 'actual')).toBe(5); // March 2025 has five Mondays
    expect(weeksInMonth('2025-02', 'actual')).toBe(4);
  });
});
