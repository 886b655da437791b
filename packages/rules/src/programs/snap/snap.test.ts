import { describe, expect, it } from 'vitest';
import { DomainError } from '@hearth/kernel';
import { evaluateProgram, inputJsonSchema, RULES_VERSION } from '../../index.js';
import { unlabelledIds } from '../../engine/explain.js';
import { SNAP_EXAMPLES, SNAP_MANUAL_EXAMPLES } from './examples/examples.js';
import { benefitReductionOf, prorate } from './rules.js';
import { SNAP_LABELS } from './labels.js';
import { SNAP_STATES } from './schema.js';
import { snapParameters } from './resolve-parameters.js';

describe('SNAP worked examples', () => {
  for (const ex of SNAP_EXAMPLES) {
    it(ex.title, () => {
      const r = evaluateProgram('snap', ex.input, ex.asOf ? { asOf: ex.asOf } : {});
      expect(r).toMatchObject(ex.expected!);
      expect(r.rulesVersion).toBe(RULES_VERSION);
    });
  }
});

describe('SNAP formula against agency-manual examples', () => {
  it('rounds 30% of net income up to the next dollar (NH Table G example 1)', () => {
    const ex = SNAP_MANUAL_EXAMPLES.nhTableG1;
    expect(benefitReductionOf(ex.netIncome, 3000)).toBe(ex.reduction);
    expect(ex.maxAllotment - benefitReductionOf(ex.netIncome, 3000)).toBe(ex.allotment);
  });
  it('leaves a whole-dollar 30% unchanged (NH Table G example 2)', () => {
    const ex = SNAP_MANUAL_EXAMPLES.nhTableG2;
    expect(ex.maxAllotment - benefitReductionOf(ex.netIncome, 3000)).toBe(ex.allotment);
  });
  it('prorates with a 30-day month and rounds down (CT DSS)', () => {
    const ex = SNAP_MANUAL_EXAMPLES.ctProration;
    expect(prorate(ex.fullAllotment, ex.applicationDate, ex.method)).toBe(ex.prorated);
  });
  it('prorates with actual days: 31-day month, applying on the 31st gives one day', () => {
    expect(prorate(31_000, '2026-01-31', 'actual-days')).toBe(1_000);
    expect(prorate(31_000, '2026-01-01', 'actual-days')).toBe(31_000);
    // 30-day method treats the 31st as the 30th: 1 day of 30
    expect(prorate(30_000, '2026-01-31', '30-day')).toBe(1_000);
  });
});

const base = { asOf: '2025-11-01', state: 'TX', members: [{ age: 35, earnedIncome: 2000 }, { age: 8 }, { age: 5 }], shelterCosts: 900, utilities: { heatingCooling: true } };

describe('SNAP boundaries', () => {
  it('an initial-month amount under $10 is not issued', () => {
    const r = evaluateProgram('snap', { ...base, applicationDate: '2025-11-30' });
    // 562 × 1/30 = 18.73 → 18: issued
    expect(r.amountCents).toBe(1800);
    const small = evaluateProgram('snap', { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1200 }], applicationDate: '2025-11-25' });
    // 1,200 − 240 − 209 = 751; 30% = 225.30 → 226; 298 − 226 = 72; × 6/30 = 14.40 → 14
    expect(small.amountCents).toBe(1400);
    const tiny = evaluateProgram('snap', { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1200 }], applicationDate: '2025-11-28' });
    // 72 × 3/30 = 7.20 → under $10: nothing issued, but the household is eligible
    expect(tiny.amountCents).toBe(0);
    expect(tiny.eligible).toBe(true);
    expect(tiny.reasons.map((x) => x.code)).toContain('SNAP_PRORATED_BELOW_10');
  });
  it('the minimum benefit is not given in an initial month', () => {
    const r = evaluateProgram('snap', { asOf: '2025-11-01', state: 'OH', members: [{ age: 30, earnedIncome: 1500 }], applicationDate: '2025-11-01' });
    expect(r.amountCents).toBe(0);
  });
  it('caps excess shelter at the FY cap for a non-elderly household and not for an elderly one', () => {
    const h = { asOf: '2025-11-01', state: 'TX', members: [{ age: 40, earnedIncome: 1000 }], shelterCosts: 2000, utilities: { heatingCooling: true } };
    expect((evaluateProgram('snap', h).values.deductionsCents as Record<string, number>).excessShelter).toBe(74_400);
    const e = { ...h, members: [{ age: 60, earnedIncome: 1000 }] };
    expect((evaluateProgram('snap', e).values.deductionsCents as Record<string, number>).excessShelter).toBeGreaterThan(74_400);
  });
  it('resource limit is $3,000 or $4,500 with an elderly member (FY2026), inclusive', () => {
    const ks = { asOf: '2025-11-01', state: 'KS', members: [{ age: 30, earnedIncome: 500 }] };
    expect(evaluateProgram('snap', { ...ks, assets: 3000 }).values.tests).toMatchObject({ assets: 'pass' });
    expect(evaluateProgram('snap', { ...ks, assets: 3000.01 }).values.tests).toMatchObject({ assets: 'fail' });
    expect(evaluateProgram('snap', { ...ks, members: [{ age: 60, earnedIncome: 500 }], assets: 4500 }).values.tests).toMatchObject({ assets: 'pass' });
  });
  it('uses the household-size SUA table in North Carolina', () => {
    const nc = (n: number) => evaluateProgram('snap', { asOf: '2025-11-01', state: 'NC', members: Array.from({ length: n }, () => ({ age: 30 })), utilities: { heatingCooling: true } }).values.utilityAllowanceCents;
    expect(nc(3)).toBe(76_800);
    expect(nc(7)).toBe(91_200);
  });
  it('re-bases Massachusetts BBCE limits in February, the federal standards in October', () => {
    const jan = snapParameters('MA', undefined, undefined, '2026-01-31');
    const feb = snapParameters('MA', undefined, undefined, '2026-02-01');
    expect(jan.bbce!.guideline.value.year).toBe(2025);
    expect(feb.bbce!.guideline.value.year).toBe(2026);
    expect(feb.guideline.value.year).toBe(2025);
  });
  it('refuses dates outside FY2024-FY2026 rather than projecting', () => {
    expect(() => evaluateProgram('snap', { ...base, asOf: '2026-10-01' })).toThrow(DomainError);
    expect(() => evaluateProgram('snap', { ...base, asOf: '2023-09-30' })).toThrow(/outside/);
  });
});

describe('SNAP for every state', () => {
  it.each(SNAP_STATES.map((s) => [s]))('%s evaluates in each fiscal year', (state) => {
    for (const asOf of ['2023-10-01', '2024-10-01', '2025-10-01', '2026-09-30']) {
      const r = evaluateProgram('snap', { asOf, state, members: [{ age: 40, earnedIncome: 900 }, { age: 3 }], shelterCosts: 700, utilities: { electricity: true, water: true, phone: true } });
      expect(r.eligible).toBe(true);
      expect(r.amountCents).toBeGreaterThan(0);
    }
  });
});

describe('SNAP input, trace and explanation', () => {
  it('rejects bad input with field paths', () => {
    try {
      evaluateProgram('snap', { state: 'ZZ', members: [{ age: -1 }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe('RULES_INPUT');
      expect(err.details.map((d) => d.path)).toEqual(expect.arrayContaining(['state', 'members.0.age']));
    }
  });
  it('requires an asOf date', () => {
    expect(() => evaluateProgram('snap', { ...base, asOf: undefined })).toThrow(/asOf/);
  });
  it('returns no trace unless asked, and a fully labelled bilingual explanation when asked', () => {
    expect(evaluateProgram('snap', base).trace).toBeUndefined();
    const r = evaluateProgram('snap', { ...base, homeless: true, members: [{ age: 70, earnedIncome: 100 }, { age: 8 }] }, { explain: true });
    expect(unlabelledIds(r.trace!, SNAP_LABELS)).toEqual([]);
    expect(r.explanation!.en.length).toBe(r.explanation!.es.length);
    expect(r.explanation!.en.join('\n')).toMatch(/Net monthly income/);
    expect(r.explanation!.es.join('\n')).toMatch(/Ingreso neto mensual/);
    const net = r.trace!.find((s) => s.id === 'grossIncomeLimit')!;
    expect(net.params.map((p) => p.id)).toContain('povertyGuideline');
    expect(net.params.every((p) => p.citation.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(p.from))).toBe(true);
  });
  it('produces a JSON schema for its input', () => {
    const s = inputJsonSchema('snap');
    expect(s).toMatchObject({ type: 'object' });
    expect((s.required as string[]) ?? []).toContain('state');
  });
});

describe('SNAP unverified parameters', () => {
  it('flags values the policy data marks as unverified (Indiana utility allowances before FY2026)', () => {
    const r = evaluateProgram('snap', { asOf: '2024-11-01', state: 'IN', members: [{ age: 30 }], utilities: { heatingCooling: true } });
    expect(r.values.unverified).toEqual(expect.arrayContaining(['utilities.sua']));
    const t = evaluateProgram('snap', { asOf: '2024-11-01', state: 'IN', members: [{ age: 30 }], utilities: { heatingCooling: true } }, { explain: true });
    expect(t.explanation!.en.join('\n')).toMatch(/UNVERIFIED: Indiana/);
    const ok = evaluateProgram('snap', { asOf: '2025-11-01', state: 'TX', members: [{ age: 30 }] });
    // The list covers the parameter set selected for the state and date, used or not.
    expect(ok.values.unverified).not.toContain('utilities.sua');
  });
});
