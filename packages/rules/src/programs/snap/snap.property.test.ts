import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@hearth/kernel';
import { evaluateProgram } from '../../index.js';
import { SNAP_STATES } from './schema.js';

const member = fc.record({
  age: fc.integer({ min: 0, max: 90 }),
  disabled: fc.boolean(),
  earnedIncome: fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100),
  unearnedIncome: fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100),
  medicalExpenses: fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
  receivesSsi: fc.boolean(),
});
const household = fc.record({
  state: fc.constantFrom(...SNAP_STATES),
  asOf: fc.constantFrom('2023-11-01', '2024-06-15', '2025-02-01', '2025-10-01', '2026-09-30'),
  members: fc.array(member, { minLength: 1, maxLength: 10 }),
  shelterCosts: fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100),
  dependentCareCosts: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
  childSupportPaid: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
  assets: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
  homeless: fc.boolean(),
  utilities: fc.record({ heatingCooling: fc.boolean(), electricity: fc.boolean(), water: fc.boolean(), phone: fc.boolean() }),
});

describe('SNAP properties', () => {
  it('the benefit never rises when one member earns more, all else equal', () => {
    fc.assert(
      fc.property(household, fc.nat({ max: 10 }), fc.integer({ min: 1, max: 300_000 }), (h, who, raise) => {
        const i = who % h.members.length;
        const more = { ...h, members: h.members.map((m, j) => (j === i ? { ...m, earnedIncome: m.earnedIncome + raise / 100 } : m)) };
        expect(evaluateProgram('snap', more).amountCents!).toBeLessThanOrEqual(evaluateProgram('snap', h).amountCents!);
      }),
      { numRuns: 400 },
    );
  });

  it('results do not depend on member order', () => {
    fc.assert(
      fc.property(household, fc.infiniteStream(fc.nat()), (h, stream) => {
        const keys = h.members.map(() => stream.next().value as number);
        const shuffled = h.members.map((m, i) => [keys[i]!, m] as const).sort((a, b) => a[0] - b[0]).map(([, m]) => m);
        const a = evaluateProgram('snap', h);
        const b = evaluateProgram('snap', { ...h, members: shuffled });
        expect(b.amountCents).toBe(a.amountCents);
        expect(b.eligible).toBe(a.eligible);
        expect(b.values).toEqual(a.values);
      }),
      { numRuns: 300 },
    );
  });

  it('a date just before and just after each fiscal-year change picks the right maximum allotment', () => {
    const expected: Record<string, number[]> = {
      // FNS COLA tables, 48 states + DC, sizes 1..8
      '2024-09-30': [29100, 53500, 76600, 97300, 115500, 138600, 153200, 175100],
      '2024-10-01': [29200, 53600, 76800, 97500, 115800, 139000, 153600, 175600],
      '2025-09-30': [29200, 53600, 76800, 97500, 115800, 139000, 153600, 175600],
      '2025-10-01': [29800, 54600, 78500, 99400, 118300, 142100, 157100, 178900],
    };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(expected)), fc.integer({ min: 1, max: 8 }), fc.constantFrom('TX', 'OH', 'FL', 'NY', 'CA'), (asOf, size, state) => {
        const r = evaluateProgram('snap', { asOf, state, members: Array.from({ length: size }, () => ({ age: 30 })) });
        expect(r.values.maxAllotmentCents).toBe(expected[asOf]![size - 1]);
      }),
    );
  });

  it('Colorado switches to always giving the SUA on 2024-10-01, not a day earlier', () => {
    const h = { state: 'CO', members: [{ age: 30, earnedIncome: 800 }], shelterCosts: 600 };
    const before = evaluateProgram('snap', { ...h, asOf: addDays('2024-10-01', -1) });
    const after = evaluateProgram('snap', { ...h, asOf: '2024-10-01' });
    expect(before.values.utilityAllowanceType).toBe('none');
    expect(after.values.utilityAllowanceType).toBe('sua');
    expect(after.values.utilityAllowanceCents).toBe(57_800);
  });
});
