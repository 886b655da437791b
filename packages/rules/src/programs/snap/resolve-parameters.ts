/**
 * Selects every SNAP parameter in force for one state, region and date, once. Results are cached by
 * (state, regions, date): a caseload run evaluates many households against the same few parameter sets.
 */
import { parts, type DateOnly } from '@hearth/kernel';
import { requireAt, type Dated, type Series, type BasisPoints } from '../../engine/params.js';
import { fpgRegionFor, guidelineForYear, type FpgGuideline } from '../../shared/fpg/fpg.js';
import { SNAP_FEDERAL } from './parameters/federal.generated.js';
import { SNAP_STATE_OPTIONS } from './parameters/state-options.generated.js';
import type { AllotmentRegion, DeductionRegion, Limit, SnapStateOptions, UtilityAllowances } from './parameter-types.js';
import { DomainError } from '@hearth/kernel';

export interface ResolvedUtilities {
  readonly sua: Dated<readonly number[]>;
  readonly luaInUse: Dated<boolean>;
  readonly lua: Dated<readonly number[]>;
  readonly phone: Dated<readonly number[]>;
  readonly electricity: Dated<readonly number[]>;
  readonly gasAndFuel: Dated<readonly number[]>;
  readonly water: Dated<readonly number[]>;
  readonly sewage: Dated<readonly number[]>;
  readonly trash: Dated<readonly number[]>;
}

export interface ResolvedBbce {
  readonly grossLimit: Dated<Limit>;
  readonly grossLimitElderlyDisabled: Dated<Limit>;
  readonly netTestApplies: Dated<boolean> | null;
  readonly netTestAppliesElderlyDisabled: Dated<boolean> | null;
  readonly assetLimit: Dated<Limit> | null;
  readonly elderlyDisabledRequiresAllMembers: Dated<boolean> | null;
  readonly grossLimitWithEarnedIncome: Dated<Limit> | null;
  readonly grossLimitWithDependentCare: Dated<Limit> | null;
  readonly fpgRebaseMonth: Dated<number>;
  /** The guideline the state's BBCE standards use on this date (re-based in fpgRebaseMonth). */
  readonly guideline: Dated<FpgGuideline>;
}

export interface SnapParameters {
  readonly state: string;
  readonly utilityRegion: string;
  readonly allotmentRegion: AllotmentRegion;
  readonly maxAllotment: Dated<readonly number[]>;
  readonly maxAllotmentEachAdditional: Dated<number>;
  readonly standardDeduction: Dated<readonly number[]>;
  readonly shelterCap: Dated<number>;
  readonly minimumBenefit: Dated<number>;
  readonly minimumBenefitMaxHouseholdSize: Dated<number>;
  readonly homelessShelterDeduction: Dated<number>;
  readonly resourceLimit: Dated<number>;
  readonly resourceLimitElderlyDisabled: Dated<number>;
  readonly earnedIncomeDeductionRate: Dated<BasisPoints>;
  readonly benefitReductionRate: Dated<BasisPoints>;
  readonly medicalDisregard: Dated<number>;
  readonly shelterIncomeShare: Dated<BasisPoints>;
  readonly grossIncomeLimitRate: Dated<BasisPoints>;
  readonly netIncomeLimitRate: Dated<BasisPoints>;
  readonly fpgGuidelineYear: Dated<number>;
  /** The guideline the federal standards use in this fiscal year. */
  readonly guideline: Dated<FpgGuideline>;
  readonly utilities: ResolvedUtilities;
  readonly alwaysSua: Dated<boolean>;
  readonly standardMedicalDeduction: Dated<number>;
  readonly childSupportPaid: Dated<'exclude' | 'deduct'>;
  readonly homelessDeductionAvailable: Dated<boolean>;
  /** null when the state has no BBCE in force on the date. */
  readonly bbce: ResolvedBbce | null;
  readonly stateMinimum: { readonly amount: Dated<number>; readonly minimumMemberAge: Dated<number> | null } | null;
  /** Names of the selected values the policy data flags as unverified (shared, computed once per set). */
  readonly unverified: readonly string[];
}

const cache = new Map<string, SnapParameters>();
const CACHE_LIMIT = 4096;

export function snapParameters(state: string, utilityRegion: string | undefined, alaskaTier: 'urban' | 'rural_1' | 'rural_2' | undefined, on: DateOnly): SnapParameters {
  const key = `${state}|${utilityRegion ?? ''}|${alaskaTier ?? ''}|${on}`;
  let p = cache.get(key);
  if (!p) {
    p = resolve(state, utilityRegion, alaskaTier, on);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, p);
  }
  return p;
}

function allotmentRegionFor(state: string, tier: 'urban' | 'rural_1' | 'rural_2' | undefined): AllotmentRegion {
  if (state === 'AK') return tier === 'rural_1' ? 'alaska_rural_1' : tier === 'rural_2' ? 'alaska_rural_2' : 'alaska_urban';
  if (state === 'HI') return 'hawaii';
  return 'contiguous';
}

function deductionRegionFor(state: string): DeductionRegion {
  return state === 'AK' ? 'alaska' : state === 'HI' ? 'hawaii' : 'contiguous';
}

function resolve(state: string, utilityRegionIn: string | undefined, tier: 'urban' | 'rural_1' | 'rural_2' | undefined, on: DateOnly): SnapParameters {
  const s: SnapStateOptions | undefined = SNAP_STATE_OPTIONS[state];
  if (!s) throw new DomainError('RULES_INPUT', `No SNAP state options for ${state}`, [{ path: 'state', message: 'unknown state' }]);
  const utilityRegion = utilityRegionIn ?? s.defaultUtilityRegion;
  const u: UtilityAllowances | undefined = s.utilityRegions[utilityRegion];
  if (!u) {
    throw new DomainError('RULES_INPUT', `${state} has no utility region ${utilityRegion}`, [
      { path: 'utilityRegion', message: `one of ${Object.keys(s.utilityRegions).join(', ')}` },
    ]);
  }
  const ar = allotmentRegionFor(state, tier);
  const dr = deductionRegionFor(state);
  const F = SNAP_FEDERAL;
  const at = <T>(series: Series<T>, what: string): Dated<T> => requireAt(series, on, what);
  const fpgRegion = fpgRegionFor(state);
  const fpgYear = at(F.fpgGuidelineYear, 'SNAP poverty-guideline vintage');
  const opt = <T>(series: Series<T> | null, what: string): Dated<T> | null => (series ? at(series, what) : null);

  let bbce: ResolvedBbce | null = null;
  const gross = at(s.bbce.grossLimit, 'BBCE gross limit');
  if (gross.value !== 'not_available') {
    const rebase = at(s.bbce.fpgRebaseMonth, 'BBCE re-base month');
    const { year, month } = parts(on);
    bbce = {
      grossLimit: gross,
      grossLimitElderlyDisabled: at(s.bbce.grossLimitElderlyDisabled, 'BBCE elderly/disabled gross limit'),
      netTestApplies: opt(s.bbce.netTestApplies, 'BBCE net test'),
      netTestAppliesElderlyDisabled: opt(s.bbce.netTestAppliesElderlyDisabled, 'BBCE net test'),
      assetLimit: opt(s.bbce.assetLimit, 'BBCE asset limit'),
      elderlyDisabledRequiresAllMembers: opt(s.bbce.elderlyDisabledRequiresAllMembers, 'BBCE elderly/disabled rule'),
      grossLimitWithEarnedIncome: opt(s.bbce.grossLimitWithEarnedIncome, 'BBCE earned-income gross limit'),
      grossLimitWithDependentCare: opt(s.bbce.grossLimitWithDependentCare, 'BBCE dependent-care gross limit'),
      fpgRebaseMonth: rebase,
      guideline: guidelineForYear(fpgRegion, month >= rebase.value ? year : year - 1),
    };
  }
  let stateMinimum: SnapParameters['stateMinimum'] = null;
  if (s.stateMinimumBenefit && at(s.stateMinimumBenefit.inEffect, 'state minimum benefit').value) {
    stateMinimum = {
      amount: at(s.stateMinimumBenefit.amount, 'state minimum benefit'),
      minimumMemberAge: opt(s.stateMinimumBenefit.minimumMemberAge, 'state minimum benefit age'),
    };
  }
  const resolved = {
    state,
    utilityRegion,
    allotmentRegion: ar,
    maxAllotment: at(F.maxAllotment[ar], 'maximum allotment'),
    maxAllotmentEachAdditional: at(F.maxAllotmentEachAdditional[ar], 'maximum allotment'),
    standardDeduction: at(F.standardDeduction[dr], 'standard deduction'),
    shelterCap: at(F.shelterCap[ar], 'excess shelter cap'),
    minimumBenefit: at(F.minimumBenefit[ar], 'minimum benefit'),
    minimumBenefitMaxHouseholdSize: at(F.minimumBenefitMaxHouseholdSize, 'minimum benefit household size'),
    homelessShelterDeduction: at(F.homelessShelterDeduction, 'homeless shelter deduction'),
    resourceLimit: at(F.resourceLimit, 'resource limit'),
    resourceLimitElderlyDisabled: at(F.resourceLimitElderlyDisabled, 'resource limit'),
    earnedIncomeDeductionRate: at(F.earnedIncomeDeductionRate, 'earned income deduction'),
    benefitReductionRate: at(F.benefitReductionRate, 'benefit reduction rate'),
    medicalDisregard: at(F.medicalDisregard, 'medical disregard'),
    shelterIncomeShare: at(F.shelterIncomeShare, 'shelter income share'),
    grossIncomeLimitRate: at(F.grossIncomeLimitRate, 'gross income limit'),
    netIncomeLimitRate: at(F.netIncomeLimitRate, 'net income limit'),
    fpgGuidelineYear: fpgYear,
    guideline: guidelineForYear(fpgRegion, fpgYear.value),
    utilities: {
      sua: at(u.sua, 'SUA'),
      luaInUse: at(u.luaInUse, 'LUA'),
      lua: at(u.lua, 'LUA'),
      phone: at(u.phone, 'phone allowance'),
      electricity: at(u.electricity, 'electricity allowance'),
      gasAndFuel: at(u.gasAndFuel, 'gas allowance'),
      water: at(u.water, 'water allowance'),
      sewage: at(u.sewage, 'sewage allowance'),
      trash: at(u.trash, 'trash allowance'),
    },
    alwaysSua: at(s.alwaysSua, 'always-SUA option'),
    standardMedicalDeduction: at(s.standardMedicalDeduction, 'standard medical deduction'),
    childSupportPaid: at(s.childSupportPaid, 'child support option'),
    homelessDeductionAvailable: at(s.homelessDeductionAvailable, 'homeless deduction option'),
    bbce,
    stateMinimum,
  };
  return { ...resolved, unverified: unverifiedNotes(resolved) };
}

/**
 * Walks the selected entries and names those the policy data flags as unverified (e.g. "utilities.water");
 * the notes themselves appear in the trace. Names keep every result small.
 */
function unverifiedNotes(x: object): string[] {
  const names: string[] = [];
  const visit = (v: unknown, path: string, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 2) return;
    const e = v as { unverified?: unknown; from?: unknown };
    if (typeof e.from === 'string') {
      if (typeof e.unverified === 'string') names.push(path);
    } else for (const [k, child] of Object.entries(v)) visit(child, path ? `${path}.${k}` : k, depth + 1);
  };
  visit(x, '', 0);
  return names;
}
