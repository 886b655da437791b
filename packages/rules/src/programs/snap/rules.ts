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
import { read, type Tracer } from '../../engine/trace.js';
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
  t?.step('householdSize', size, 'count', '7 CFR 273.1', ['members']);
  t?.step('elderlyOrDisabled', elderlyOrDisabled, 'boolean', '7 CFR 271.2 (elderly or disabled member: 60 or older, or disabled)', ['members']);

  // ---- gross income ----
  const earnedIncome = toDollar(earnedRaw);
  const unearnedIncome = toDollar(unearnedRaw);
  const childSupportPaid = toDollar(toCents(f.childSupportPaid ?? 0));
  const csExcluded = p.childSupportPaid.value === 'exclude';
  const grossIncome = Math.max(0, earnedIncome + unearnedIncome - (csExcluded ? childSupportPaid : 0));
  t?.step('earnedIncome', earnedIncome, 'cents', RULE.gross, ['members.earnedIncome']);
  t?.step('unearnedIncome', unearnedIncome, 'cents', RULE.gross, ['members.unearnedIncome']);
  t?.step('grossIncome', grossIncome, 'cents', RULE.gross, csExcluded ? ['earnedIncome', 'unearnedIncome', 'childSupportPaid'] : ['earnedIncome', 'unearnedIncome'], [
    read('childSupportPaidOption', p.childSupportPaid, 'text'),
  ]);

  const grossIncomeLimit = monthlyStandardCeilDollar(p.guideline.value, size, p.grossIncomeLimitRate.value);
  const netIncomeLimit = monthlyStandardCeilDollar(p.guideline.value, size, p.netIncomeLimitRate.value);
  t?.step('grossIncomeLimit', grossIncomeLimit, 'cents', RULE.grossLimit, ['householdSize'], [
    read('grossIncomeLimitRate', p.grossIncomeLimitRate, 'bp'),
    read('povertyGuideline', p.guideline, 'cents', p.guideline.value.firstPerson + (size - 1) * p.guideline.value.additionalPerson),
    read('fpgGuidelineYear', p.fpgGuidelineYear, 'count'),
  ]);

  // ---- deductions (7 CFR 273.9(d)) ----
  const earnedIncomeDeduction = mulDiv(earnedIncome, p.earnedIncomeDeductionRate.value, BP * 100, 'half-up') * 100;
  t?.step('earnedIncomeDeduction', earnedIncomeDeduction, 'cents', RULE.earned, ['earnedIncome'], [read('earnedIncomeDeductionRate', p.earnedIncomeDeductionRate, 'bp')]);
  const standardDeduction = bySize(p.standardDeduction.value, size);
  t?.step('standardDeduction', standardDeduction, 'cents', RULE.standard, ['householdSize'], [read('standardDeductionTable', p.standardDeduction, 'cents', standardDeduction)]);
  const dependentCareDeduction = toDollar(toCents(f.dependentCareCosts ?? 0));
  t?.step('dependentCareDeduction', dependentCareDeduction, 'cents', RULE.depCare, ['dependentCareCosts']);
  const childSupportDeduction = csExcluded ? 0 : childSupportPaid;
  t?.step('childSupportDeduction', childSupportDeduction, 'cents', RULE.childSupport, ['childSupportPaid'], [read('childSupportPaidOption', p.childSupportPaid, 'text')]);
  const medicalExpenses = toDollar(medicalRaw);
  let medicalDeduction = 0;
  if (medicalExpenses > p.medicalDisregard.value) {
    medicalDeduction = medicalExpenses - p.medicalDisregard.value;
    if (p.standardMedicalDeduction.value > medicalDeduction) medicalDeduction = p.standardMedicalDeduction.value;
  }
  t?.step('medicalDeduction', medicalDeduction, 'cents', RULE.medical, ['members.medicalExpenses', 'elderlyOrDisabled'], [
    read('medicalDisregard', p.medicalDisregard, 'cents'),
    read('standardMedicalDeduction', p.standardMedicalDeduction, 'cents'),
  ]);
  const adjustedIncome = Math.max(0, grossIncome - earnedIncomeDeduction - standardDeduction - dependentCareDeduction - childSupportDeduction - medicalDeduction);
  t?.step('adjustedIncome', adjustedIncome, 'cents', RULE.adjusted, ['grossIncome', 'earnedIncomeDeduction', 'standardDeduction', 'dependentCareDeduction', 'childSupportDeduction', 'medicalDeduction']);

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
  t?.step('utilityAllowance', utilityAllowance, 'cents', RULE.utility, ['utilities', 'householdSize'],
    utilityAllowanceType === 'sua'
      ? [read('standardUtilityAllowance', u.sua, 'cents', utilityAllowance), read('alwaysSua', p.alwaysSua, 'boolean')]
      : utilityAllowanceType === 'lua'
        ? [read('limitedUtilityAllowance', u.lua, 'cents', utilityAllowance)]
        : [read('alwaysSua', p.alwaysSua, 'boolean'), read('limitedUtilityAllowanceInUse', u.luaInUse, 'boolean')]);

  // ---- excess shelter (7 CFR 273.9(d)(6)(ii)) ----
  const shelterCosts = toDollar(toCents(f.shelterCosts ?? 0) + utilityAllowance);
  const halfAdjusted = mulDiv(adjustedIncome, p.shelterIncomeShare.value, BP * 100, 'half-up') * 100;
  let excessShelterDeduction = Math.max(0, shelterCosts - halfAdjusted);
  const capped = !elderlyOrDisabled && excessShelterDeduction > p.shelterCap.value;
  if (capped) excessShelterDeduction = p.shelterCap.value;
  const homelessAvailable = f.homeless === true && p.homelessDeductionAvailable.value;
  if (homelessAvailable && p.homelessShelterDeduction.value > excessShelterDeduction) excessShelterDeduction = p.homelessShelterDeduction.value;
  t?.step('shelterCosts', shelterCosts, 'cents', RULE.shelter, ['shelterCosts', 'utilityAllowance']);
  t?.step('excessShelterDeduction', excessShelterDeduction, 'cents', RULE.shelter, ['shelterCosts', 'adjustedIncome', 'elderlyOrDisabled', 'homeless'], [
    read('shelterIncomeShare', p.shelterIncomeShare, 'bp'),
    read('shelterCap', p.shelterCap, 'cents'),
    ...(f.homeless ? [read('homelessDeductionAvailable', p.homelessDeductionAvailable, 'boolean'), read('homelessShelterDeduction', p.homelessShelterDeduction, 'cents')] : []),
  ]);

  const netIncome = toDollar(Math.max(0, adjustedIncome - excessShelterDeduction));
  t?.step('netIncome', netIncome, 'cents', RULE.net, ['adjustedIncome', 'excessShelterDeduction']);
  t?.step('netIncomeLimit', netIncomeLimit, 'cents', RULE.netLimit, ['householdSize'], [
    read('netIncomeLimitRate', p.netIncomeLimitRate, 'bp'),
    read('povertyGuideline', p.guideline, 'cents', p.guideline.value.firstPerson + (size - 1) * p.guideline.value.additionalPerson),
  ]);

  // ---- federal tests ----
  const grossTest: TestOutcome = elderlyOrDisabled ? 'exempt' : grossIncome <= grossIncomeLimit ? 'pass' : 'fail';
  const netTest: TestOutcome = netIncome <= netIncomeLimit ? 'pass' : 'fail';
  const assets = toCents(f.assets ?? 0);
  const resourceLimit = elderlyOrDisabled ? p.resourceLimitElderlyDisabled : p.resourceLimit;
  const assetTest: TestOutcome = assets <= resourceLimit.value ? 'pass' : 'fail';
  t?.step('grossIncomeTest', grossTest, 'text', RULE.grossLimit, ['grossIncome', 'grossIncomeLimit', 'elderlyOrDisabled']);
  t?.step('netIncomeTest', netTest, 'text', RULE.netLimit, ['netIncome', 'netIncomeLimit']);
  t?.step('assetTest', assetTest, 'text', RULE.assets, ['assets', 'elderlyOrDisabled'], [read('resourceLimit', resourceLimit, 'cents')]);

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
    t?.step('bbceTest', passGross && passNet && passAssets, 'boolean', RULE.catEl, ['grossIncome', 'netIncome', 'assets', 'elderlyOrDisabled'], [
      read('bbceGrossLimit', edRule ? b.grossLimitElderlyDisabled : b.grossLimit, 'bp', grossLimit),
      ...((edRule ? b.netTestAppliesElderlyDisabled : b.netTestApplies) ? [read('bbceNetTestApplies', (edRule ? b.netTestAppliesElderlyDisabled : b.netTestApplies)!, 'boolean')] : []),
      ...(b.assetLimit ? [read('bbceAssetLimit', b.assetLimit, 'cents')] : []),
      read('bbcePovertyGuideline', b.guideline, 'cents', g.firstPerson + (size - 1) * g.additionalPerson),
      read('bbceRebaseMonth', b.fpgRebaseMonth, 'count'),
    ]);
  }
  t?.step('categoricalEligibility', categoricalEligibility ?? 'none', 'text', RULE.catEl, ['members.receivesSsi', 'members.receivesTanfCash', 'bbceTest']);

  const passesTests = categoricalEligibility !== null || (grossTest !== 'fail' && netTest === 'pass' && assetTest === 'pass');

  // ---- allotment (7 CFR 273.10(e)(2)) ----
  const maxAllotment = size <= 8 ? bySize(p.maxAllotment.value, size) : bySize(p.maxAllotment.value, 8) + (size - 8) * p.maxAllotmentEachAdditional.value;
  t?.step('maxAllotment', maxAllotment, 'cents', '7 CFR 273.10(e)(4)', ['householdSize'], [
    read('maxAllotmentTable', p.maxAllotment, 'cents', size <= 8 ? maxAllotment : bySize(p.maxAllotment.value, 8)),
    ...(size > 8 ? [read('maxAllotmentEachAdditional', p.maxAllotmentEachAdditional, 'cents')] : []),
  ]);
  const benefitReduction = benefitReductionOf(netIncome, p.benefitReductionRate.value);
  t?.step('benefitReduction', benefitReduction, 'cents', RULE.allotment, ['netIncome'], [read('benefitReductionRate', p.benefitReductionRate, 'bp')]);
  const formulaAllotment = Math.max(0, maxAllotment - benefitReduction);

  const app = f.applicationDate;
  const initialMonth = app !== undefined && app.slice(0, 7) === asOf.slice(0, 7);
  let monthlyAllotment = formulaAllotment;
  if (passesTests && !initialMonth && size <= p.minimumBenefitMaxHouseholdSize.value && monthlyAllotment < p.minimumBenefit.value) {
    monthlyAllotment = p.minimumBenefit.value;
  }
  t?.step('monthlyAllotment', passesTests ? monthlyAllotment : 0, 'cents', `${RULE.allotment}; ${RULE.minimum}`, ['maxAllotment', 'benefitReduction', 'householdSize'], [
    read('minimumBenefit', p.minimumBenefit, 'cents'),
    read('minimumBenefitMaxHouseholdSize', p.minimumBenefitMaxHouseholdSize, 'count'),
  ]);

  // State-funded minimums (DC, MD, NJ) top up an eligible household's federal allotment.
  let stateSupplement = 0;
  if (passesTests && !initialMonth && monthlyAllotment > 0 && p.stateMinimum) {
    const ageOk = !p.stateMinimum.minimumMemberAge || oldestAge >= p.stateMinimum.minimumMemberAge.value;
    if (ageOk && monthlyAllotment < p.stateMinimum.amount.value) stateSupplement = p.stateMinimum.amount.value - monthlyAllotment;
    t?.step('stateSupplement', stateSupplement, 'cents', 'state-funded minimum benefit', ['monthlyAllotment', 'members.age'], [
      read('stateMinimumBenefit', p.stateMinimum.amount, 'cents'),
      ...(p.stateMinimum.minimumMemberAge ? [read('stateMinimumBenefitAge', p.stateMinimum.minimumMemberAge, 'count')] : []),
    ]);
  }

  let benefit = passesTests ? monthlyAllotment + stateSupplement : 0;
  if (passesTests && initialMonth) {
    const prorated = prorate(monthlyAllotment, app!, f.prorationMethod ?? 'actual-days');
    benefit = prorated < PRORATION_MINIMUM_ISSUANCE ? 0 : prorated;
    t?.step('proratedBenefit', benefit, 'cents', RULE.proration, ['monthlyAllotment', 'applicationDate', 'prorationMethod'], [
      { id: 'prorationMinimumIssuance', value: PRORATION_MINIMUM_ISSUANCE, unit: 'cents', from: '1982-01-01', citation: RULE.proration },
    ]);
    if (benefit === 0 && monthlyAllotment > 0) reasons.push(REASONS.proratedBelow10);
  }

  const eligible = passesTests && (initialMonth ? monthlyAllotment > 0 : benefit > 0);
  t?.step('eligible', eligible, 'boolean', RULE.eligibility, ['grossIncomeTest', 'netIncomeTest', 'assetTest', 'categoricalEligibility', 'monthlyAllotment']);

  // ---- expedited service (7 CFR 273.2(i)(1)) ----
  const liquid = toCents(f.liquidResources ?? f.assets ?? 0);
  const monthlyGross = earnedIncome + unearnedIncome;
  const expeditedService =
    (monthlyGross < EXPEDITED.grossIncomeBelow && liquid <= EXPEDITED.liquidResourcesAtMost) ||
    (f.destituteMigrantOrSeasonalFarmworker === true && liquid <= EXPEDITED.liquidResourcesAtMost) ||
    monthlyGross + liquid < toCents(f.shelterCosts ?? 0) + utilityAllowance;
  t?.step('expeditedService', expeditedService, 'boolean', RULE.expedited, ['earnedIncome', 'unearnedIncome', 'liquidResources', 'shelterCosts', 'utilityAllowance'], [
    { id: 'expeditedGrossIncomeBelow', value: EXPEDITED.grossIncomeBelow, unit: 'cents', from: EXPEDITED.from, citation: EXPEDITED.citation },
    { id: 'expeditedLiquidResourcesAtMost', value: EXPEDITED.liquidResourcesAtMost, unit: 'cents', from: EXPEDITED.from, citation: EXPEDITED.citation },
  ]);

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
