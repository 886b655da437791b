import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../index.js';
import { unlabelledIds } from '../../engine/explain.js';
import { CA_CHILD_SUPPORT_EXAMPLES } from './examples/examples.js';
import { CA_CHILD_SUPPORT_LABELS } from './labels.js';
import { incomeFraction, timeshareFactor } from './rules.js';
import { CA_CHILD_SUPPORT } from './parameters/ca-child-support.generated.js';

describe('California guideline worked examples', () => {
  for (const ex of CA_CHILD_SUPPORT_EXAMPLES) {
    it(ex.title, () => {
      expect(evaluateProgram('ca-child-support', ex.input)).toMatchObject(ex.expected!);
    });
  }
});

describe('K table selection by date and band edges', () => {
  const before = CA_CHILD_SUPPORT.kBands[0]!.value;
  const after = CA_CHILD_SUPPORT.kBands[1]!.value;
  it('uses the old table through 2024-08-31 and the SB 343 table from 2024-09-01', () => {
    const ex = { parentA: { netDisposableIncome: 800 }, parentB: { netDisposableIncome: 200 }, children: [{ age: 4, timeWithParentA: 20 }] };
    expect(evaluateProgram('ca-child-support', { ...ex, asOf: '2024-08-31' }).values.k).toBe(0.3);
    expect(evaluateProgram('ca-child-support', { ...ex, asOf: '2024-09-01' }).values.k).toBe(0.2125);
  });
  it('treats a band as TN ≤ its upper edge', () => {
    expect(incomeFraction(after, 290_000).fraction).toBeCloseTo(0.165 + 2900 / 82857, 12);
    expect(incomeFraction(after, 290_001).fraction).toBeCloseTo(0.131 + 2900.01 / 42149, 12);
    expect(incomeFraction(before, 80_000).fraction).toBeCloseTo(0.25, 12);
    expect(incomeFraction(before, 1_000_001).fraction).toBeCloseTo(0.12 + 800 / 10000.01, 12);
  });
  it('time-share factor peaks at 1.5 at 50/50', () => {
    expect(timeshareFactor(0.5)).toBe(1.5);
    expect(timeshareFactor(0)).toBe(1);
    expect(timeshareFactor(1)).toBe(1);
  });
  it('averages per-child time shares and skips the default allocation when they differ', () => {
    const r = evaluateProgram('ca-child-support', { asOf: '2025-01-01', parentA: { netDisposableIncome: 4000 }, parentB: { netDisposableIncome: 1000 }, children: [{ age: 3, timeWithParentA: 10 }, { age: 8, timeWithParentA: 30 }] });
    expect(r.values.highEarnerTimeShare).toBeCloseTo(0.2, 12);
    expect(r.values.allocationByChildCents).toBeNull();
    expect(r.reasons.map((x) => x.code)).toContain('CS_NO_DEFAULT_ALLOCATION');
  });
  it('explains every step in both languages', () => {
    const r = evaluateProgram('ca-child-support', { ...CA_CHILD_SUPPORT_EXAMPLES[0]!.input as object, arrears: { installments: [{ dueDate: '2024-12-01', unpaid: 100 }] } }, { explain: true });
    expect(unlabelledIds(r.trace!, CA_CHILD_SUPPORT_LABELS)).toEqual([]);
    expect(r.explanation!.es.join('\n')).toMatch(/Manutención según la guía/);
  });
});
