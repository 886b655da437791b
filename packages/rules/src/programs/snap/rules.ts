/**
 * SNAP eligibility and benefit for one household and one benefit month (7 CFR 273).
 *
 * Order of computation follows 7 CFR 273.10(e)(1)(i): gross income → deductions → net income, then the
 * tests of 273.9(a) and 273.8, categorical eligibility (273.2(j)(2)), the allotment (273.10(e)(2)),
 * initial-month proration (273.10(a)(1)(ii)) and expedited screening (273.2(i)).
 *
 * Rounding (7 CFR 273.10(e)(1)(ii)(A)): every income and deduction figure in the net-income computation is
 * rounded to whole dollars, 1-49 cents down and 50-99 cents up. Income standards are rounded up
 * (273.9(a)(3)). 30% of net income is rounded up to the next dollar (273.10(e)(2)(ii)(A)(1)); the
 * alternative (2) — subtract unrounded, round the allotment down — gives the same figure whenever net
 * income is whole dollars, which it always is here. Proration rounds down (273.10(a)(1)(ii)).
 */
import { daysInMonth, divRound, mulDiv, parts, type DateOnly } from '@hearth/kernel';
import { BP, bySize } from '../../engine/params.js';
import type { Limit } from './parameter-types.js';
import { constantRef, ParamSite, shapeOf, StepSite, type ParamRef, type StepShape, type Tracer, type Unit } from '../../engine/trace.js';
import { SNAP_LABELS } from './labels.js';
import { reason, type Reason } from '../../engine/text.js';
import { toCents } from '../../engine/input.js';
import { monthlyStandardCeilDollar } from '../../shared/fpg/fpg.js';
import type { SnapInput } from './schema.js';
import type { SnapParameters } from './resolve-parameters.js';

/** Expedited-service thresholds fixed by statute (7 U.S.C. 2020(e)(9)(A); 7 CFR 273.2(i)(1)). */
export const EXPEDITED = {
  grossIncomeBelow: 15_000,
  liquidResourcesAtMost: 10_000,
  citation: '7 U.S.C. 2020(e)(9)(A); 7 CFR 273.2(i)(1)',
  from: '1996-08-22',
} as const;
/** Initial-month allotments under $10 are not issued (7 CFR 273.10(a)(1)(ii)). */
export const PRORATION_MINIMUM_ISSUANCE = 1_000;

export type TestOutcome = 'pass' | 'fail' | 'exempt';

export interface SnapOutcome {
  householdSize: number;
  elderlyOrDisabled: boolean;
  earnedIncome: number;
  unearnedIncome: number;
  grossIncome: number;
  grossIncomeLimit: number;
  earnedIncomeDeduction: number;
  standardDeduction: number;
  dependentCareDeduction: number;
  childSupportDeduction: number;
  medicalDeduction: number;
  adjustedIncome: number;
  utilityAllowance: number;
  utilityAllowanceType: 'sua' | 'lua' | 'individual' | 'none';
  shelterCosts: number;
  excessShelterDeduction: number;
  netIncome: number;
  netIncomeLimit: number;
  grossTest: TestOutcome;
  netTest: TestOutcome;
  assetTest: TestOutcome;
  categoricalEligibility: 'ssi-tanf' | 'bbce' | null;
  maxAllotment: number;
  benefitReduction: number;
  monthlyAllotment: number;
  stateSupplement: number;
  initialMonth: boolean;
  benefit: number;
  eligible: boolean;
  expeditedService: boolean;
  reasons: Reason[];
}

/** Whole dollars, 1-49 cents down, 50-99 up (7 CFR 273.10(e)(1)(ii)(A)); amounts are cents. */
function toDollar(c: number): number {
  return divRound(c, 100, 'half-up') * 100;
}

const RULE = {
  gross: '7 CFR 273.9(b); 273.10(e)(1)(i)(A)',
  grossLimit: '7 CFR 273.9(a)(1), (a)(3)',
  netLimit: '7 CFR 273.9(a)(2), (a)(3)',
  earned: '7 CFR 273.9(d)(2)',
  standard: '7 CFR 273.9(d)(1)',
  depCare: '7 CFR 273.9(d)(4)',
  childSupport: '7 CFR 273.9(d)(5); 7 U.S.C. 2014(d)(6), (e)(4)',
  medical: '7 CFR 273.9(d)(3)',
  adjusted: '7 CFR 273.10(e)(1)(i)(G)',
  utility: '7 CFR 273.9(d)(6)(iii)',
  shelter: '7 CFR 273.9(d)(6)(ii); 273.10(e)(1)(i)(H)',
  net: '7 CFR 273.10(e)(1)(i)(I), (e)(1)(ii)(A)',
  assets: '7 CFR 273.8(b)',
  catEl: '7 CFR 273.2(j)(2)',
  allotment: '7 CFR 273.10(e)(2)(ii)(A)',
  minimum: '7 CFR 273.10(e)(2)(ii)(C)',
  proration: '7 CFR 273.10(a)(1)(ii)',
  expedited: '7 CFR 273.2(i)(1)',
  eligibility: '7 CFR 273.9(a); 273.10(e)(2)(iii)',
} as const;

/** Trace step sites: each computed value's id, unit, rule and inputs, compiled once with its labels. */
const site = (id: string, unit: Unit, rule: string, inputs: readonly string[]) => new StepSite(id, unit, rule, inputs, SNAP_LABELS);
const S = {
  householdSize: site('householdSize', 'count', '7 CFR 273.1', ['members']),
  elderlyOrDisabled: site('elderlyOrDisabled', 'boolean', '7 CFR 271.2 (elderly or disabled member: 60 or older, or disabled)', ['members']),
  earnedIncome: site('earnedIncome', 'cents', RULE.gross, ['members.earnedIncome']),
  unearnedIncome: site('unearnedIncome', 'cents', RULE.gross, ['members.unearnedIncome']),
  grossIncome: site('grossIncome', 'cents', RULE.gross, ['earnedIncome', 'unearnedIncome']),
  grossIncomeLessChildSupport: site('grossIncome', 'cents', RULE.gross, ['earnedIncome', 'unearnedIncome', 'childSupportPaid']),
  grossIncomeLimit: site('grossIncomeLimit', 'cents', RULE.grossLimit, ['householdSize']),
  earnedIncomeDeduction: site('earnedIncomeDeduction', 'cents', RULE.earned, ['earnedIncome']),
  standardDeduction: site('standardDeduction', 'cents', RULE.standard, ['householdSize']),
  dependentCareDeduction: site('dependentCareDeduction', 'cents', RULE.depCare, ['dependentCareCosts']),
  childSupportDeduction: site('childSupportDeduction', 'cents', RULE.childSupport, ['childSupportPaid']),
  medicalDeduction: site('medicalDeduction', 'cents', RULE.medical, ['members.medicalExpenses', 'elderlyOrDisabled']),
  adjustedIncome: site('adjustedIncome', 'cents', RULE.adjusted, ['grossIncome', 'earnedIncomeDeduction', 'standardDeduction', 'dependentCareDeduction', 'childSupportDeduction', 'medicalDeduction']),
  utilityAllowance: site('utilityAllowance', 'cents', RULE.utility, ['utilities', 'householdSize']),
  shelterCosts: site('shelterCosts', 'cents', RULE.shelter, ['shelterCosts', 'utilityAllowance']),
  excessShelterDeduction: site('excessShelterDeduction', 'cents', RULE.shelter, ['shelterCosts', 'adjustedIncome', 'elderlyOrDisabled', 'homeless']),
  netIncome: site('netIncome', 'cents', RULE.net, ['adjustedIncome', 'excessShelterDeduction']),
  netIncomeLimit: site('netIncomeLimit', 'cents', RULE.netLimit, ['householdSize']),
  grossIncomeTest: site('grossIncomeTest', 'text', RULE.grossLimit, ['grossIncome', 'grossIncomeLimit', 'elderlyOrDisabled']),
  netIncomeTest: site('netIncomeTest', 'text', RULE.netLimit, ['netIncome', 'netIncomeLimit']),
  assetTest: site('assetTest', 'text', RULE.assets, ['assets', 'elderlyOrDisabled']),
  bbceTest: site('bbceTest', 'boolean', RULE.catEl, ['grossIncome', 'netIncome', 'assets', 'elderlyOrDisabled']),
  categoricalEligibility: site('categoricalEligibility', 'text', RULE.catEl, ['members.receivesSsi', 'members.receivesTanfCash', 'bbceTest']),
  maxAllotment: site('maxAllotment', 'cents', '7 CFR 273.10(e)(4)', ['householdSize']),
  benefitReduction: site('benefitReduction', 'cents', RULE.allotment, ['netIncome']),
  monthlyAllotment: site('monthlyAllotment', 'cents', `${RULE.allotment}; ${RULE.minimum}`, ['maxAllotment', 'benefitReduction', 'householdSize']),
  stateSupplement: site('stateSupplement', 'cents', 'state-funded minimum benefit', ['monthlyAllotment', 'members.age']),
  proratedBenefit: site('proratedBenefit', 'cents', RULE.proration, ['monthlyAllotment', 'applicationDate', 'prorationMethod']),
  eligible: site('eligible', 'boolean', RULE.eligibility, ['grossIncomeTest', 'netIncomeTest', 'assetTest', 'categoricalEligibility', 'monthlyAllotment']),
  expeditedService: site('expeditedService', 'boolean', RULE.expedited, ['earnedIncome', 'unearnedIncome', 'liquidResources', 'shelterCosts', 'utilityAllowance']),
} as const;

/** Parameters as the rules read them (readings of dated entries are interned per entry and value). */
const param = (id: string, unit: Unit) => new ParamSite(id, unit, SNAP_LABELS);
const P = {
  childSupportPaidOption: param('childSupportPaidOption', 'text'),
  grossIncomeLimitRate: param('grossIncomeLimitRate', 'bp'),
  netIncomeLimitRate: param('netIncomeLimitRate', 'bp'),
  povertyGuideline: param('povertyGuideline', 'cents'),
  fpgGuidelineYear: param('fpgGuidelineYear', 'count'),
  earnedIncomeDeductionRate: param('earnedIncomeDeductionRate', 'bp'),
  standardDeductionTable: param('standardDeductionTable', 'cents'),
  medicalDisregard: param('medicalDisregard', 'cents'),
  standardMedicalDeduction: param('standardMedicalDeduction', 'cents'),
  standardUtilityAllowance: param('standardUtilityAllowance', 'cents'),
  limitedUtilityAllowance: param('limitedUtilityAllowance', 'cents'),
  limitedUtilityAllowanceInUse: param('limitedUtilityAllowanceInUse', 'boolean'),
  alwaysSua: param('alwaysSua', 'boolean'),
  shelterIncomeShare: param('shelterIncomeShare', 'bp'),
  shelterCap: param('shelterCap', 'cents'),
  homelessDeductionAvailable: param('homelessDeductionAvailable', 'boolean'),
  homelessShelterDeduction: param('homelessShelterDeduction', 'cents'),
  resourceLimit: param('resourceLimit', 'cents'),
  bbceGrossLimit: param('bbceGrossLimit', 'bp'),
  bbceNetTestApplies: param('bbceNetTestApplies', 'boolean'),
  bbceAssetLimit: param('bbceAssetLimit', 'cents'),
  bbcePovertyGuideline: param('bbcePovertyGuideline', 'cents'),
  bbceRebaseMonth: param('bbceRebaseMonth', 'count'),
  maxAllotmentTable: param('maxAllotmentTable', 'cents'),
  maxAllotmentEachAdditional: param('maxAllotmentEachAdditional', 'cents'),
  benefitReductionRate: param('benefitReductionRate', 'bp'),
  minimumBenefit: param('minimumBenefit', 'cents'),
  minimumBenefitMaxHouseholdSize: param('minimumBenefitMaxHouseholdSize', 'count'),
  stateMinimumBenefit: param('stateMinimumBenefit', 'cents'),
  stateMinimumBenefitAge: param('stateMinimumBenefitAge', 'count'),
} as const;
const PRORATION_MINIMUM_REF = constantRef(param('prorationMinimumIssuance', 'cents'), PRORATION_MINIMUM_ISSUANCE, '1982-01-01', RULE.proration);
const EXPEDITED_REFS = [
  constantRef(param('expeditedGrossIncomeBelow', 'cents'), EXPEDITED.grossIncomeBelow, EXPEDITED.from, EXPEDITED.citation),
  constantRef(param('expeditedLiquidResourcesAtMost', 'cents'), EXPEDITED.liquidResourcesAtMost, EXPEDITED.from, EXPEDITED.citation),
] as const;
const PRORATED_SHAPE = shapeOf(S.proratedBenefit, PRORATION_MINIMUM_REF);
const EXPEDITED_SHAPE = shapeOf(S.expeditedService, EXPEDITED_REFS[0], EXPEDITED_REFS[1]);

/**
 * Trace shapes for one parameter set and household size (built on first use): each step's parameter
 * readings depend only on those (and on the branch named in the key), so recording a step is one push.
 */
interface TracePlan {
  grossIncome?: StepShape;
  grossIncomeLimit?: StepShape;
  earnedIncomeDeduction?: StepShape;
  standardDeduction?: StepShape;
  childSupportDeduction?: StepShape;
  medicalDeduction?: StepShape;
  utilitySua?: StepShape;
  utilityLua?: StepShape;
  utilityOther?: StepShape;
  excessShelter?: StepShape;
  excessShelterHomeless?: StepShape;
  netIncomeLimit?: StepShape;
  assetTest?: StepShape;
  assetTestEd?: StepShape;
  bbce?: Map<string, StepShape>;
  maxAllotment?: StepShape;
  benefitReduction?: StepShape;
  monthlyAllotment?: StepShape;
  stateSupplement?: StepShape;
}
const PLANS = new WeakMap<SnapParameters, TracePlan[]>();
function planFor(p: SnapParameters, size: number): TracePlan {
  let plans = PLANS.get(p);
  if (!plans) PLANS.set(p, (plans = []));
  return (plans[size] ??= {});
}

/** 30% (the benefit reduction rate) of whole-dollar net income, rounded up to the next dollar (7 CFR 273.10(e)(2)(ii)(A)(1)). */
export function benefitReductionOf(netIncome: number, rate: number): number {
  return mulDiv(netIncome, rate, BP * 100, 'up') * 100;
}

/**
 * Initial-month proration (7 CFR 273.10(a)(1)(ii)): full allotment × days from the application date to the
 * end of the month ÷ days in the month, rounded down to the dollar. With a 30-day month (state choice)
 * the days are 31 − day of application, the 31st counting as the 30th.
 */
export function prorate(fullAllotment: number, applicationDate: DateOnly, method: 'actual-days' | '30-day'): number {
  const { year, month, day } = parts(applicationDate);
  let days: number;
  let divisor: number;
  if (method === '30-day') {
    days = 31 - (day > 30 ? 30 : day);
    divisor = 30;
  } else {
    divisor = daysInMonth(year, month);
    days = divisor - day + 1;
  }
  return mulDiv(fullAllotment, days, divisor * 100, 'down') * 100;
}

const NO_UTILITIES: NonNullable<SnapInput['utilities']> = {};

/** Reasons are constants: evaluation only points at them. */
export const REASONS = {
  catElPa: reason('SNAP_CATEGORICALLY_ELIGIBLE_PA', 'All members get SSI or TANF cash: categorically eligible (7 CFR 273.2(j)(2)).', 'Todos reciben SSI o TANF en efectivo: elegible por categoría (7 CFR 273.2(j)(2)).'),
  catElBbce: reason('SNAP_CATEGORICALLY_ELIGIBLE_BBCE', 'Meets the state broad-based categorical eligibility limits (7 CFR 273.2(j)(2)(ii)).', 'Cumple los límites estatales de elegibilidad categórica amplia (7 CFR 273.2(j)(2)(ii)).'),
  grossOver: reason('SNAP_GROSS_INCOME_OVER_LIMIT', 'Gross income is above 130% of poverty (7 CFR 273.9(a)(1)).', 'El ingreso bruto supera el 130% de la pobreza (7 CFR 273.9(a)(1)).'),
  netOver: reason('SNAP_NET_INCOME_OVER_LIMIT', 'Net income is above 100% of poverty (7 CFR 273.9(a)(2)).', 'El ingreso neto supera el 100% de la pobreza (7 CFR 273.9(a)(2)).'),
  assetsOver: reason('SNAP_RESOURCES_OVER_LIMIT', 'Resources are above the limit (7 CFR 273.8(b)).', 'Los recursos superan el límite (7 CFR 273.8(b)).'),
  noBenefit: reason('SNAP_NO_BENEFIT', 'The computed allotment is $0 (7 CFR 273.10(e)(2)(iii)).', 'La asignación calculada es $0 (7 CFR 273.10(e)(2)(iii)).'),
  eligible: reason('SNAP_ELIGIBLE', 'Eligible for SNAP.', 'Elegible para SNAP.'),
  expedited: reason('SNAP_EXPEDITED', 'Qualifies for expedited service (7 CFR 273.2(i)).', 'Califica para servicio acelerado (7 CFR 273.2(i)).'),
  proratedBelow10: reason('SNAP_PRORATED_BELOW_10', 'Initial-month amount under $10 is not issued (7 CFR 273.10(a)(1)(ii)).', 'No se emite un monto de mes inicial menor de $10 (7 CFR 273.10(a)(1)(ii)).'),
} as const;

function withinLimit(amount: number, limit: Limit, standard: (rate: number) => number): boolean {
  if (limit === 'no_limit') return true;
  if (limit === 'not_available') return false;
  return amount <= standard(limit);
}

export function computeSnap(f: SnapInput, asOf: DateOnly, p: SnapParameters, t: Tracer | undefined): SnapOutcome {
  const reasons: Reason[] = [];
  const members = f.members;
  const size = members.length;
  const plan = t ? planFor(p, size) : undefined;

  // ---- household ----
  let earnedRaw = 0;
  let unearnedRaw = 0;
  let medicalRaw = 0;
  let elderlyOrDisabled = false;
  let allElderlyOrDisabled = true;
  let allSsiOrTanf = true;
  let oldestAge = 0;
  for (const m of members) {
    earnedRaw += toCents(m.earnedIncome ?? 0);
    unearnedRaw += toCents(m.unearnedIncome ?? 0);
    const ed = m.age >= 60 || m.disabled === true;
    if (ed) {
      elderlyOrDisabled = true;
      medicalRaw += toCents(m.medicalExpenses ?? 0);
    } else allElderlyOrDisabled = false;
    if (!m.receivesSsi && !m.receivesTanfCash) allSsiOrTanf = false;
    if (m.age > oldestAge) oldestAge = m.age;
  }
  t?.rec(S.householdSize.shape, size);
  t?.rec(S.elderlyOrDisabled.shape, elderlyOrDisabled);

  // ---- gross income ----
  const earnedIncome = toDollar(earnedRaw);
  const unearnedIncome = toDollar(unearnedRaw);
  const childSupportPaid = toDollar(toCents(f.childSupportPaid ?? 0));
  const csExcluded = p.childSupportPaid.value === 'exclude';
  const grossIncome = Math.max(0, earnedIncome + unearnedIncome - (csExcluded ? childSupportPaid : 0));
  t?.rec(S.earnedIncome.shape, earnedIncome);
  t?.rec(S.unearnedIncome.shape, unearnedIncome);
  t?.rec((plan!.grossIncome ??= shapeOf(csExcluded ? S.grossIncomeLessChildSupport : S.grossIncome, P.childSupportPaidOption.ref(p.childSupportPaid))), grossIncome);

  const grossIncomeLimit = monthlyStandardCeilDollar(p.guideline.value, size, p.grossIncomeLimitRate.value);
  const netIncomeLimit = monthlyStandardCeilDollar(p.guideline.value, size, p.netIncomeLimitRate.value);
  t?.rec((plan!.grossIncomeLimit ??= shapeOf(S.grossIncomeLimit,
    P.grossIncomeLimitRate.ref(p.grossIncomeLimitRate),
    P.povertyGuideline.ref(p.guideline, p.guideline.value.firstPerson + (size - 1) * p.guideline.value.additionalPerson),
    P.fpgGuidelineYear.ref(p.fpgGuidelineYear))), grossIncomeLimit);

  // ---- deductions (7 CFR 273.9(d)) ----
  const earnedIncomeDeduction = mulDiv(earnedIncome, p.earnedIncomeDeductionRate.value, BP * 100, 'half-up') * 100;
  t?.rec((plan!.earnedIncomeDeduction ??= shapeOf(S.earnedIncomeDeduction, P.earnedIncomeDeductionRate.ref(p.earnedIncomeDeductionRate))), earnedIncomeDeduction);
  const standardDeduction = bySize(p.standardDeduction.value, size);
  t?.rec((plan!.standardDeduction ??= shapeOf(S.standardDeduction, P.standardDeductionTable.ref(p.standardDeduction, standardDeduction))), standardDeduction);
  const dependentCareDeduction = toDollar(toCents(f.dependentCareCosts ?? 0));
  t?.rec(S.dependentCareDeduction.shape, dependentCareDeduction);
  const childSupportDeduction = csExcluded ? 0 : childSupportPaid;
  t?.rec((plan!.childSupportDeduction ??= shapeOf(S.childSupportDeduction, P.childSupportPaidOption.ref(p.childSupportPaid))), childSupportDeduction);
  const medicalExpenses = toDollar(medicalRaw);
  let medicalDeduction = 0;
  if (medicalExpenses > p.medicalDisregard.value) {
    medicalDeduction = medicalExpenses - p.medicalDisregard.value;
    if (p.standardMedicalDeduction.value > medicalDeduction) medicalDeduction = p.standardMedicalDeduction.value;
  }
  t?.rec((plan!.medicalDeduction ??= shapeOf(S.medicalDeduction, P.medicalDisregard.ref(p.medicalDisregard), P.standardMedicalDeduction.ref(p.standardMedicalDeduction))), medicalDeduction);
  const adjustedIncome = Math.max(0, grossIncome - earnedIncomeDeduction - standardDeduction - dependentCareDeduction - childSupportDeduction - medicalDeduction);
  t?.rec(S.adjustedIncome.shape, adjustedIncome);

  // ---- utility allowance (7 CFR 273.9(d)(6)(iii)) ----
  const u = p.utilities;
  const ut = f.utilities ?? NO_UTILITIES;
  const sua = bySize(u.sua.value, size);
  let utilityAllowance = 0;
  let utilityAllowanceType: SnapOutcome['utilityAllowanceType'] = 'none';
  if (sua > 0 && (ut.heatingCooling || p.alwaysSua.value)) {
    utilityAllowance = sua;
    utilityAllowanceType = 'sua';
  } else {
    const count = (ut.electricity ? 1 : 0) + (ut.gas ? 1 : 0) + (ut.water ? 1 : 0) + (ut.sewage ? 1 : 0) + (ut.trash ? 1 : 0) + (ut.phone ? 1 : 0);
    const lua = bySize(u.lua.value, size);
    if (u.luaInUse.value && lua > 0 && count >= 2) {
      utilityAllowance = lua;
      utilityAllowanceType = 'lua';
    } else if (count > 0 || ut.heatingCooling) {
      // Without an SUA (e.g. Hawaii) a heating/cooling cost is counted through the electricity or gas allowance.
      utilityAllowance =
        (ut.electricity || (ut.heatingCooling && !ut.gas) ? bySize(u.electricity.value, size) : 0) +
        (ut.gas ? bySize(u.gasAndFuel.value, size) : 0) +
        (ut.water ? bySize(u.water.value, size) : 0) +
        (ut.sewage ? bySize(u.sewage.value, size) : 0) +
        (ut.trash ? bySize(u.trash.value, size) : 0) +
        (ut.phone ? bySize(u.phone.value, size) : 0);
      utilityAllowanceType = utilityAllowance > 0 ? 'individual' : 'none';
    }
  }
  if (t) {
    // The SUA and LUA for this size are fixed per parameter set and size, so each shape is too.
    if (utilityAllowanceType === 'sua') t.rec((plan!.utilitySua ??= shapeOf(S.utilityAllowance, P.standardUtilityAllowance.ref(u.sua, utilityAllowance), P.alwaysSua.ref(p.alwaysSua))), utilityAllowance);
    else if (utilityAllowanceType === 'lua') t.rec((plan!.utilityLua ??= shapeOf(S.utilityAllowance, P.limitedUtilityAllowance.ref(u.lua, utilityAllowance))), utilityAllowance);
    else t.rec((plan!.utilityOther ??= shapeOf(S.utilityAllowance, P.alwaysSua.ref(p.alwaysSua), P.limitedUtilityAllowanceInUse.ref(u.luaInUse))), utilityAllowance);
  }

  // ---- excess shelter (7 CFR 273.9(d)(6)(ii)) ----
  const shelterCosts = toDollar(toCents(f.shelterCosts ?? 0) + utilityAllowance);
  const halfAdjusted = mulDiv(adjustedIncome, p.shelterIncomeShare.value, BP * 100, 'half-up') * 100;
  let excessShelterDeduction = Math.max(0, shelterCosts - halfAdjusted);
  const capped = !elderlyOrDisabled && excessShelterDeduction > p.shelterCap.value;
  if (capped) excessShelterDeduction = p.shelterCap.value;
  const homelessAvailable = f.homeless === true && p.homelessDeductionAvailable.value;
  if (homelessAvailable && p.homelessShelterDeduction.value > excessShelterDeduction) excessShelterDeduction = p.homelessShelterDeduction.value;
  t?.rec(S.shelterCosts.shape, shelterCosts);
  if (t) {
    if (f.homeless) {
      t.rec((plan!.excessShelterHomeless ??= shapeOf(S.excessShelterDeduction, P.shelterIncomeShare.ref(p.shelterIncomeShare), P.shelterCap.ref(p.shelterCap),
        P.homelessDeductionAvailable.ref(p.homelessDeductionAvailable), P.homelessShelterDeduction.ref(p.homelessShelterDeduction))), excessShelterDeduction);
    } else t.rec((plan!.excessShelter ??= shapeOf(S.excessShelterDeduction, P.shelterIncomeShare.ref(p.shelterIncomeShare), P.shelterCap.ref(p.shelterCap))), excessShelterDeduction);
  }

  const netIncome = toDollar(Math.max(0, adjustedIncome - excessShelterDeduction));
  t?.rec(S.netIncome.shape, netIncome);
  t?.rec((plan!.netIncomeLimit ??= shapeOf(S.netIncomeLimit,
    P.netIncomeLimitRate.ref(p.netIncomeLimitRate),
    P.povertyGuideline.ref(p.guideline, p.guideline.value.firstPerson + (size - 1) * p.guideline.value.additionalPerson))), netIncomeLimit);

  // ---- federal tests ----
  const grossTest: TestOutcome = elderlyOrDisabled ? 'exempt' : grossIncome <= grossIncomeLimit ? 'pass' : 'fail';
  const netTest: TestOutcome = netIncome <= netIncomeLimit ? 'pass' : 'fail';
  const assets = toCents(f.assets ?? 0);
  const resourceLimit = elderlyOrDisabled ? p.resourceLimitElderlyDisabled : p.resourceLimit;
  const assetTest: TestOutcome = assets <= resourceLimit.value ? 'pass' : 'fail';
  t?.rec(S.grossIncomeTest.shape, grossTest);
  t?.rec(S.netIncomeTest.shape, netTest);
  t?.rec(elderlyOrDisabled ? (plan!.assetTestEd ??= shapeOf(S.assetTest, P.resourceLimit.ref(resourceLimit))) : (plan!.assetTest ??= shapeOf(S.assetTest, P.resourceLimit.ref(resourceLimit))), assetTest);

  // ---- categorical eligibility (7 CFR 273.2(j)(2)) ----
  let categoricalEligibility: SnapOutcome['categoricalEligibility'] = null;
  if (allSsiOrTanf) categoricalEligibility = 'ssi-tanf';
  else if (p.bbce) {
    const b = p.bbce;
    const edRule = elderlyOrDisabled && !(b.elderlyDisabledRequiresAllMembers?.value && !allElderlyOrDisabled);
    let grossLimit: Limit = edRule ? b.grossLimitElderlyDisabled.value : b.grossLimit.value;
    const raise = (alt: Limit | undefined, applies: boolean) => {
      if (!applies || alt === undefined || alt === 'not_available') return;
      if (alt === 'no_limit' || (grossLimit !== 'no_limit' && (grossLimit === 'not_available' || alt > grossLimit))) grossLimit = alt;
    };
    raise(b.grossLimitWithEarnedIncome?.value, earnedIncome > 0);
    raise(b.grossLimitWithDependentCare?.value, dependentCareDeduction > 0);
    const g = b.guideline.value;
    const passGross = withinLimit(grossIncome, grossLimit, (rate) => monthlyStandardCeilDollar(g, size, rate));
    const netApplies = (edRule ? b.netTestAppliesElderlyDisabled?.value : b.netTestApplies?.value) ?? false;
    const passNet = !netApplies || netIncome <= monthlyStandardCeilDollar(g, size, p.netIncomeLimitRate.value);
    const assetLimit = b.assetLimit?.value ?? 'no_limit';
    const passAssets = assetLimit === 'not_available' ? true : withinLimit(assets, assetLimit, (c) => c);
    if (passGross && passNet && passAssets) categoricalEligibility = 'bbce';
    if (t) {
      const refs: ParamRef[] = [P.bbceGrossLimit.ref(edRule ? b.grossLimitElderlyDisabled : b.grossLimit, grossLimit)];
      const netEntry = edRule ? b.netTestAppliesElderlyDisabled : b.netTestApplies;
      if (netEntry) refs.push(P.bbceNetTestApplies.ref(netEntry));
      if (b.assetLimit) refs.push(P.bbceAssetLimit.ref(b.assetLimit));
      refs.push(P.bbcePovertyGuideline.ref(b.guideline, g.firstPerson + (size - 1) * g.additionalPerson), P.bbceRebaseMonth.ref(b.fpgRebaseMonth));
      const key = `${edRule ? 'ed' : 'all'}|${String(grossLimit)}`;
      const plans = (plan!.bbce ??= new Map<string, StepShape>());
      let shape = plans.get(key);
      if (!shape) plans.set(key, (shape = shapeOf(S.bbceTest, ...refs)));
      t.rec(shape, passGross && passNet && passAssets);
    }
  }
  t?.rec(S.categoricalEligibility.shape, categoricalEligibility ?? 'none');

  const passesTests = categoricalEligibility !== null || (grossTest !== 'fail' && netTest === 'pass' && assetTest === 'pass');

  // ---- allotment (7 CFR 273.10(e)(2)) ----
  const maxAllotment = size <= 8 ? bySize(p.maxAllotment.value, size) : bySize(p.maxAllotment.value, 8) + (size - 8) * p.maxAllotmentEachAdditional.value;
  if (t) {
    t.rec((plan!.maxAllotment ??= size <= 8
      ? shapeOf(S.maxAllotment, P.maxAllotmentTable.ref(p.maxAllotment, maxAllotment))
      : shapeOf(S.maxAllotment, P.maxAllotmentTable.ref(p.maxAllotment, bySize(p.maxAllotment.value, 8)), P.maxAllotmentEachAdditional.ref(p.maxAllotmentEachAdditional))), maxAllotment);
  }
  const benefitReduction = benefitReductionOf(netIncome, p.benefitReductionRate.value);
  t?.rec((plan!.benefitReduction ??= shapeOf(S.benefitReduction, P.benefitReductionRate.ref(p.benefitReductionRate))), benefitReduction);
  const formulaAllotment = Math.max(0, maxAllotment - benefitReduction);

  const app = f.applicationDate;
  const initialMonth = app !== undefined && app.slice(0, 7) === asOf.slice(0, 7);
  let monthlyAllotment = formulaAllotment;
  if (passesTests && !initialMonth && size <= p.minimumBenefitMaxHouseholdSize.value && monthlyAllotment < p.minimumBenefit.value) {
    monthlyAllotment = p.minimumBenefit.value;
  }
  t?.rec((plan!.monthlyAllotment ??= shapeOf(S.monthlyAllotment, P.minimumBenefit.ref(p.minimumBenefit), P.minimumBenefitMaxHouseholdSize.ref(p.minimumBenefitMaxHouseholdSize))), passesTests ? monthlyAllotment : 0);

  // State-funded minimums (DC, MD, NJ) top up an eligible household's federal allotment.
  let stateSupplement = 0;
  if (passesTests && !initialMonth && monthlyAllotment > 0 && p.stateMinimum) {
    const ageOk = !p.stateMinimum.minimumMemberAge || oldestAge >= p.stateMinimum.minimumMemberAge.value;
    if (ageOk && monthlyAllotment < p.stateMinimum.amount.value) stateSupplement = p.stateMinimum.amount.value - monthlyAllotment;
    if (t) {
      if (p.stateMinimum.minimumMemberAge) {
        t.rec((plan!.stateSupplement ??= shapeOf(S.stateSupplement, P.stateMinimumBenefit.ref(p.stateMinimum.amount), P.stateMinimumBenefitAge.ref(p.stateMinimum.minimumMemberAge))), stateSupplement);
      } else t.rec((plan!.stateSupplement ??= shapeOf(S.stateSupplement, P.stateMinimumBenefit.ref(p.stateMinimum.amount))), stateSupplement);
    }
  }

  let benefit = passesTests ? monthlyAllotment + stateSupplement : 0;
  if (passesTests && initialMonth) {
    const prorated = prorate(monthlyAllotment, app!, f.prorationMethod ?? 'actual-days');
    benefit = prorated < PRORATION_MINIMUM_ISSUANCE ? 0 : prorated;
    t?.rec(PRORATED_SHAPE, benefit);
    if (benefit === 0 && monthlyAllotment > 0) reasons.push(REASONS.proratedBelow10);
  }

  const eligible = passesTests && (initialMonth ? monthlyAllotment > 0 : benefit > 0);
  t?.rec(S.eligible.shape, eligible);

  // ---- expedited service (7 CFR 273.2(i)(1)) ----
  const liquid = toCents(f.liquidResources ?? f.assets ?? 0);
  const monthlyGross = earnedIncome + unearnedIncome;
  const expeditedService =
    (monthlyGross < EXPEDITED.grossIncomeBelow && liquid <= EXPEDITED.liquidResourcesAtMost) ||
    (f.destituteMigrantOrSeasonalFarmworker === true && liquid <= EXPEDITED.liquidResourcesAtMost) ||
    monthlyGross + liquid < toCents(f.shelterCosts ?? 0) + utilityAllowance;
  t?.rec(EXPEDITED_SHAPE, expeditedService);

  // ---- reasons ----
  if (categoricalEligibility === 'ssi-tanf') reasons.push(REASONS.catElPa);
  if (categoricalEligibility === 'bbce') reasons.push(REASONS.catElBbce);
  if (categoricalEligibility === null) {
    if (grossTest === 'fail') reasons.push(REASONS.grossOver);
    if (netTest === 'fail') reasons.push(REASONS.netOver);
    if (assetTest === 'fail') reasons.push(REASONS.assetsOver);
  }
  if (passesTests && !eligible && !initialMonth) reasons.push(REASONS.noBenefit);
  if (eligible) reasons.push(REASONS.eligible);
  if (expeditedService) reasons.push(REASONS.expedited);

  return {
    householdSize: size,
    elderlyOrDisabled,
    earnedIncome,
    unearnedIncome,
    grossIncome,
    grossIncomeLimit,
    earnedIncomeDeduction,
    standardDeduction,
    dependentCareDeduction,
    childSupportDeduction,
    medicalDeduction,
    adjustedIncome,
    utilityAllowance,
    utilityAllowanceType,
    shelterCosts,
    excessShelterDeduction,
    netIncome,
    netIncomeLimit,
    grossTest,
    netTest,
    assetTest,
    categoricalEligibility,
    maxAllotment,
    benefitReduction,
    monthlyAllotment: passesTests ? monthlyAllotment : 0,
    stateSupplement,
    initialMonth,
    benefit,
    eligible,
    expeditedService,
    reasons,
  };
}
