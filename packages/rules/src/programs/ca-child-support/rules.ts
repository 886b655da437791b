/**
 * California statewide uniform guideline, Family Code 4055, and interest on unpaid support (CCP 685.010).
 *
 *   CS = K × [HN − (H% × TN)]                                  FC 4055(a)
 *   K  = timeshare factor × income fraction                    FC 4055(b)(3)
 *
 * The statute states K as decimals and formulas (0.165 + TN/82,857 …) and states no rounding: K is computed
 * in double precision and the support amount is rounded to the cent (half up) once, at the end.
 */
import { addMonths, compareDates, divRound, parts, type DateOnly } from '@hearth/kernel';
import { requireAt } from '../../engine/params.js';
import { read, type Tracer } from '../../engine/trace.js';
import { reason, type Reason } from '../../engine/text.js';
import { toCents } from '../../engine/input.js';
import { CA_CHILD_SUPPORT } from './parameters/ca-child-support.generated.js';
import type { KBand } from './parameter-types.js';
import type { CaChildSupportInput } from './schema.js';

export const INTEREST = { ratePerYear: 0.1, citation: 'CCP 685.010(a) (10% per year, simple), 685.020(b) (each installment from its due date)', from: '1983-01-01' } as const;

export function incomeFraction(bands: readonly KBand[], tnCents: number): { fraction: number; band: KBand } {
  const tn = tnCents / 100;
  for (const b of bands) {
    if (b.upTo === null || tnCents <= b.upTo) {
      const fraction = b.constant + (b.tnDivisor ? tn / b.tnDivisor : 0) + (b.numeratorOverTn && tn > 0 ? b.numeratorOverTn / tn : 0);
      return { fraction, band: b };
    }
  }
  throw new Error('K bands must end with an open band');
}

/** FC 4055(b)(3): 1 + H% when H% ≤ 50%, otherwise 2 − H% (H% as a fraction). */
export function timeshareFactor(hShare: number): number {
  return hShare <= 0.5 ? 1 + hShare : 2 - hShare;
}

export interface SupportOutcome {
  netDisposableIncomeA: number;
  netDisposableIncomeB: number;
  highEarner: 'A' | 'B';
  highEarnerTimeShare: number;
  totalNetIncome: number;
  incomeFraction: number;
  k: number;
  oneChildSupport: number;
  support: number;
  payer: 'A' | 'B' | null;
  perChild: number[] | null;
  lowIncomeAdjustment: { threshold: number; minimum: number; maximum: number } | null;
  interest: { total: number; byInstallment: { dueDate: string; unpaid: number; months: number; interest: number }[] } | null;
  reasons: Reason[];
}

function ndi(p: CaChildSupportInput['parentA']): number {
  if (p.netDisposableIncome !== undefined) return toCents(p.netDisposableIncome);
  const d = p.deductions ?? {};
  const total =
    toCents(d.incomeTaxes ?? 0) + toCents(d.fica ?? 0) + toCents(d.mandatoryUnionDuesAndRetirement ?? 0) + toCents(d.healthInsuranceAndSdi ?? 0) +
    toCents(d.otherSupportPaid ?? 0) + toCents(d.jobRelatedExpenses ?? 0) + toCents(d.hardship ?? 0);
  return Math.max(0, toCents(p.grossIncome ?? 0) - total);
}

/** Whole months from `start` to `on` (interest accrues monthly: principal × 10% ÷ 12 per month). */
function monthsBetween(start: DateOnly, on: DateOnly): number {
  if (compareDates(on, start) < 0) return 0;
  const a = parts(start);
  const b = parts(on);
  let m = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) m -= 1;
  return Math.max(0, m);
}

export function computeCaChildSupport(f: CaChildSupportInput, asOf: DateOnly, t: Tracer | undefined): SupportOutcome {
  const reasons: Reason[] = [];
  const P = CA_CHILD_SUPPORT;
  const bands = requireAt(P.kBands, asOf, 'K income-fraction table');
  const mult = requireAt(P.multipleChildrenMultiplier, asOf, 'multiple-children multipliers');

  const a = ndi(f.parentA);
  const b = ndi(f.parentB);
  t?.step('netDisposableIncomeA', a, 'cents', 'Fam. Code 4058, 4059', ['parentA']);
  t?.step('netDisposableIncomeB', b, 'cents', 'Fam. Code 4058, 4059', ['parentB']);
  const highEarner: 'A' | 'B' = a >= b ? 'A' : 'B';
  const hn = highEarner === 'A' ? a : b;
  const tn = a + b;
  // FC 4055(b)(1)(D): with different time shares by child, H% is the average of the high earner's per-child shares.
  let sumA = 0;
  for (const c of f.children) sumA += c.timeWithParentA;
  const avgA = sumA / f.children.length / 100;
  const h = highEarner === 'A' ? avgA : 1 - avgA;
  t?.step('highEarner', highEarner, 'text', 'Fam. Code 4055(b)(1)(A)', ['netDisposableIncomeA', 'netDisposableIncomeB']);
  t?.step('highEarnerTimeShare', h, 'ratio', 'Fam. Code 4055(b)(1)(D)', ['children.timeWithParentA', 'highEarner']);
  t?.step('totalNetIncome', tn, 'cents', 'Fam. Code 4055(b)(1)(E)', ['netDisposableIncomeA', 'netDisposableIncomeB']);

  const { fraction, band } = incomeFraction(bands.value, tn);
  const factor = timeshareFactor(h);
  const k = factor * fraction;
  t?.step('incomeFraction', fraction, 'ratio', 'Fam. Code 4055(b)(3)', ['totalNetIncome'], [read('kIncomeFractionBand', bands, 'text', band.label)]);
  t?.step('timeshareFactor', factor, 'ratio', 'Fam. Code 4055(b)(3)', ['highEarnerTimeShare']);
  t?.step('k', k, 'ratio', 'Fam. Code 4055(b)(3)', ['timeshareFactor', 'incomeFraction']);

  const oneChildDollars = k * (hn / 100 - h * (tn / 100));
  const n = f.children.length;
  const m = mult.value[Math.min(n, mult.value.length) - 1]!;
  const supportDollars = oneChildDollars * m;
  const oneChildSupport = Math.round(Math.abs(oneChildDollars) * 100) * Math.sign(oneChildDollars);
  const signed = Math.round(Math.abs(supportDollars) * 100) * Math.sign(supportDollars);
  const support = Math.abs(signed);
  // FC 4055(b)(5): a negative amount means the low earner pays the high earner.
  const payer: 'A' | 'B' | null = signed === 0 ? null : signed > 0 ? highEarner : highEarner === 'A' ? 'B' : 'A';
  t?.step('oneChildSupport', oneChildSupport, 'cents', 'Fam. Code 4055(a)', ['k', 'highEarner', 'highEarnerTimeShare', 'totalNetIncome']);
  t?.step('support', support, 'cents', 'Fam. Code 4055(a), (b)(4), (b)(5)', ['oneChildSupport'], [read('multipleChildrenMultiplier', mult, 'ratio', m)]);
  t?.step('payer', payer ?? 'none', 'text', 'Fam. Code 4055(b)(5)', ['support']);

  // FC 4055(b)(8): youngest child gets the one-child amount, the next youngest the two-child amount minus the
  // one-child amount, and so on — not applied when time shares differ by child.
  const sameShares = f.children.every((c) => c.timeWithParentA === f.children[0]!.timeWithParentA);
  let perChild: number[] | null = null;
  if (sameShares && support > 0) {
    const order = f.children.map((c, i) => ({ age: c.age, i })).sort((x, y) => x.age - y.age || x.i - y.i);
    perChild = new Array<number>(n).fill(0);
    let allocated = 0;
    order.forEach((c, rank) => {
      const share = rank === n - 1 ? support - allocated : Math.round(Math.abs(oneChildDollars) * (mult.value[rank]! - (rank === 0 ? 0 : mult.value[rank - 1]!)) * 100);
      perChild![c.i] = share;
      allocated += share;
    });
    t?.step('allocationByChild', perChild, 'text', 'Fam. Code 4055(b)(8)', ['oneChildSupport', 'children.age']);
  } else if (!sameShares) reasons.push(REASONS.noDefaultAllocation);

  // FC 4055(b)(7) low-income adjustment: software must show the permitted range (FC 4055(c)).
  let lowIncomeAdjustment: SupportOutcome['lowIncomeAdjustment'] = null;
  const regime = requireAt(P.lowIncomeThresholdRegime, asOf, 'low-income adjustment rule');
  if (payer) {
    const obligorNdi = payer === 'A' ? a : b;
    if (regime.value === 'full-time-minimum-wage') {
      const mw = requireAt(P.fullTimeMinimumWageMonthly, asOf, 'full-time minimum wage');
      if (obligorNdi < mw.value) {
        const maxReduction = divRound(support * (mw.value - obligorNdi), mw.value, 'half-up');
        lowIncomeAdjustment = { threshold: mw.value, minimum: support - maxReduction, maximum: support };
        reasons.push(REASONS.lowIncome);
      }
      t?.step('lowIncomeAdjustment', lowIncomeAdjustment ? `${lowIncomeAdjustment.minimum}..${lowIncomeAdjustment.maximum}` : 'none', 'text', 'Fam. Code 4055(b)(7), (c)', ['support', 'payer'], [
        read('lowIncomeThresholdRegime', regime, 'text'),
        read('fullTimeMinimumWageMonthly', mw, 'cents'),
      ]);
    } else {
      reasons.push(REASONS.liaThresholdUnknown);
      t?.step('lowIncomeAdjustment', 'threshold not available', 'text', 'Fam. Code 4055(b)(7)', ['support'], [read('lowIncomeThresholdRegime', regime, 'text')]);
    }
  }

  // Interest: 10% simple per year on each unpaid installment from its due date (CCP 685.010, 685.020(b)).
  let interest: SupportOutcome['interest'] = null;
  if (f.arrears) {
    const byInstallment = f.arrears.installments.map((i) => {
      const start = f.arrears!.lcsaCase ? addMonths(`${i.dueDate.slice(0, 7)}-01`, 1) : i.dueDate;
      const months = monthsBetween(start, asOf);
      const unpaid = toCents(i.unpaid);
      return { dueDate: i.dueDate, unpaid, months, interest: divRound(unpaid * months, 120, 'half-up') };
    });
    interest = { total: byInstallment.reduce((s, x) => s + x.interest, 0), byInstallment };
    t?.step('interest', interest.total, 'cents', INTEREST.citation + (f.arrears.lcsaCase ? '; Fam. Code 17433.5' : ''), ['arrears'], [
      { id: 'interestRate', value: 1000, unit: 'bp', from: INTEREST.from, citation: INTEREST.citation },
    ]);
  }
  reasons.push(payer ? (payer === 'A' ? REASONS.payerA : REASONS.payerB) : REASONS.none);

  return {
    netDisposableIncomeA: a,
    netDisposableIncomeB: b,
    highEarner,
    highEarnerTimeShare: h,
    totalNetIncome: tn,
    incomeFraction: fraction,
    k,
    oneChildSupport,
    support,
    payer,
    perChild,
    lowIncomeAdjustment,
    interest,
    reasons,
  };
}

export const REASONS = {
  payerA: reason('CS_PAYER_A', 'Parent A pays guideline support to parent B (Fam. Code 4055).', 'El progenitor A paga la manutención al progenitor B (Código de Familia 4055).'),
  payerB: reason('CS_PAYER_B', 'Parent B pays guideline support to parent A (Fam. Code 4055).', 'El progenitor B paga la manutención al progenitor A (Código de Familia 4055).'),
  none: reason('CS_ZERO', 'The guideline amount is zero.', 'El monto de la guía es cero.'),
  lowIncome: reason('CS_LOW_INCOME_ADJUSTMENT', 'The payer qualifies for the low-income adjustment; the court may reduce support within the range shown (Fam. Code 4055(b)(7), (c)).', 'El pagador califica para el ajuste por bajos ingresos; el tribunal puede reducir la manutención dentro del rango indicado (Código de Familia 4055(b)(7), (c)).'),
  liaThresholdUnknown: reason('CS_LIA_THRESHOLD_UNAVAILABLE', 'The low-income threshold before 2024-09-01 (Judicial Council, CPI-indexed) is not in the parameter data; no range is shown.', 'El umbral de bajos ingresos anterior al 2024-09-01 no está en los datos; no se muestra un rango.'),
  noDefaultAllocation: reason('CS_NO_DEFAULT_ALLOCATION', 'Time shares differ by child, so the default per-child allocation does not apply (Fam. Code 4055(b)(8)).', 'El tiempo difiere por hijo, así que no se aplica la asignación predeterminada por hijo (Código de Familia 4055(b)(8)).'),
} as const;
