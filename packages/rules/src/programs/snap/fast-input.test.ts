import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError, isDateOnly } from '@hearth/kernel';
import { parseFacts } from '../../engine/evaluate.js';
import { SNAP_STATES, snapInputSchema } from './schema.js';
import { fastParseSnapInput, isDateOnlyFast, parseSnapInput } from './fast-input.js';

/** A value that is sometimes valid for a field and sometimes not (wrong type, out of range, edge values). */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant('x'),
  fc.constant(''),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(100_000_000.01),
  fc.constant([]),
  fc.constant({}),
  fc.boolean(),
  fc.double(),
);
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: junk });
const dollars = fc.oneof(fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100), fc.constant(0), fc.constant(100_000_000), fc.double({ min: 0, max: 1e8, noNaN: true }));
const dateStr = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const goodDate = fc.constantFrom('2025-11-01', '2024-02-29', '2023-10-01', '2026-09-30', '0100-01-01');
const date = fc.oneof(goodDate, dateStr, fc.constantFrom('2025-1-01', '2025/01/01', '2025-01-01T00:00:00Z', '0099-12-31'));

const memberArb = fc.record(
  {
    age: maybe(fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constantFrom(-1, 131, 2 ** 60, 30.5))),
    disabled: maybe(fc.boolean()),
    receivesSsi: maybe(fc.boolean()),
    receivesTanfCash: maybe(fc.boolean()),
    earnedIncome: maybe(dollars),
    unearnedIncome: maybe(dollars),
    medicalExpenses: maybe(dollars),
    nickname: fc.string(),
  },
  { requiredKeys: [] },
);
const utilitiesArb = fc.record(
  {
    heatingCooling: maybe(fc.boolean()),
    electricity: maybe(fc.boolean()),
    gas: maybe(fc.boolean()),
    water: maybe(fc.boolean()),
    sewage: maybe(fc.boolean()),
    trash: maybe(fc.boolean()),
    phone: maybe(fc.boolean()),
    cable: fc.boolean(),
  },
  { requiredKeys: [] },
);
const inputArb = fc.record(
  {
    id: maybe(fc.oneof(fc.string(), fc.integer())),
    asOf: maybe(date),
    state: maybe(fc.oneof(fc.constantFrom(...SNAP_STATES), fc.constantFrom('GU', 'VI', 'tx', ''))),
    utilityRegion: maybe(fc.constantFrom('NY_NYC', 'AK_C', 'nowhere')),
    alaskaAllotmentRegion: maybe(fc.constantFrom('urban', 'rural_1', 'rural_2', 'rural_3')),
    members: maybe(fc.array(memberArb, { minLength: 0, maxLength: 42 })),
    assets: maybe(dollars),
    liquidResources: maybe(dollars),
    shelterCosts: maybe(dollars),
    utilities: maybe(utilitiesArb),
    dependentCareCosts: maybe(dollars),
    childSupportPaid: maybe(dollars),
    homeless: maybe(fc.boolean()),
    applicationDate: maybe(date),
    prorationMethod: maybe(fc.constantFrom('actual-days', '30-day', '31-day')),
    destituteMigrantOrSeasonalFarmworker: maybe(fc.boolean()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
/** Mostly-valid households: every field valid, so the property also exercises the accepting branch a lot. */
const validArb = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    asOf: goodDate,
    state: fc.constantFrom(...SNAP_STATES),
    members: fc.array(
      fc.record({ age: fc.integer({ min: 0, max: 130 }), earnedIncome: dollars, unearnedIncome: dollars, disabled: fc.boolean() }, { requiredKeys: ['age'] }),
      { minLength: 1, maxLength: 40 },
    ),
    assets: dollars,
    shelterCosts: dollars,
    utilities: fc.record({ heatingCooling: fc.boolean(), phone: fc.boolean() }, { requiredKeys: [] }),
    homeless: fc.boolean(),
  },
  { requiredKeys: ['state', 'members'] },
);

function agree(x: unknown): void {
  const fast = fastParseSnapInput(x);
  const z = snapInputSchema.safeParse(x);
  // Agreement on acceptance: every input here is JSON data (no undefined, no prototypes), where the fast
  // path is exact, not just conservative.
  expect(fast !== undefined).toBe(z.success);
  if (fast !== undefined && z.success) expect(fast).toStrictEqual(z.data);
  // The combined parser returns zod's value or zod's error details.
  if (z.success) expect(parseSnapInput(x)).toStrictEqual(z.data);
  else {
    let mine: unknown;
    let ref: unknown;
    try { parseSnapInput(x); } catch (e) { mine = e; }
    try { parseFacts(snapInputSchema, x, 'snap'); } catch (e) { ref = e; }
    expect(mine).toBeInstanceOf(DomainError);
    expect((mine as DomainError).message).toBe((ref as DomainError).message);
    expect((mine as DomainError).details).toEqual((ref as DomainError).details);
  }
}

describe('SNAP fast input validation agrees with the zod schema', () => {
  it('on random valid households (accepts, same parsed value)', () => {
    let accepted = 0;
    fc.assert(fc.property(validArb, (x) => { agree(x); if (fastParseSnapInput(x)) accepted++; }), { numRuns: 400 });
    expect(accepted).toBe(400);
  });
  it('on random mixes of valid and invalid fields (acceptance, value, error details)', () => {
    fc.assert(fc.property(inputArb, agree), { numRuns: 1500 });
  });
  it('on non-objects and odd objects', () => {
    for (const x of [null, undefined, 1, 'a', [], [{}]]) {
      expect(fastParseSnapInput(x)).toBeUndefined();
      expect(() => parseSnapInput(x)).toThrow(DomainError);
    }
    // An explicit undefined (not JSON): the fast path declines, zod accepts and keeps the key.
    const withUndefined = { state: 'TX', members: [{ age: 1 }], asOf: undefined };
    expect(fastParseSnapInput(withUndefined)).toBeUndefined();
    expect(parseSnapInput(withUndefined)).toStrictEqual(snapInputSchema.parse(withUndefined));
    // Inherited fields: zod reads them, the fast path declines and defers to zod.
    const inherited = Object.create({ state: 'TX', members: [{ age: 30 }] }) as object;
    expect(fastParseSnapInput(inherited)).toBeUndefined();
    expect(parseSnapInput(inherited)).toEqual(snapInputSchema.parse(inherited));
  });
  it('checks dates exactly like the kernel', () => {
    fc.assert(fc.property(fc.oneof(dateStr, fc.string()), (s) => {
      expect(isDateOnlyFast(s)).toBe(isDateOnly(s));
    }), { numRuns: 5000 });
  });
});
