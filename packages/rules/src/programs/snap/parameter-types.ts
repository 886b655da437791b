import type { BasisPoints, Series } from '../../engine/params.js';

/** Regions with their own allotment and shelter-cap tables (7 CFR 273.10(e)(4), 273.9(d)(6)(ii)). */
export type AllotmentRegion = 'contiguous' | 'alaska_urban' | 'alaska_rural_1' | 'alaska_rural_2' | 'hawaii' | 'guam' | 'virgin_islands';
/** Regions with their own standard-deduction tables (7 CFR 273.9(d)(1)). */
export type DeductionRegion = 'contiguous' | 'alaska' | 'hawaii' | 'guam' | 'virgin_islands';

export interface SnapFederalParameters {
  /** Size table (index 0 = 1 person … 7 = 8 persons), cents. */
  readonly maxAllotment: Readonly<Record<AllotmentRegion, Series<readonly number[]>>>;
  readonly maxAllotmentEachAdditional: Readonly<Record<AllotmentRegion, Series<number>>>;
  /** Size table 1…6+ (cents). */
  readonly standardDeduction: Readonly<Record<DeductionRegion, Series<readonly number[]>>>;
  readonly shelterCap: Readonly<Record<AllotmentRegion, Series<number>>>;
  readonly minimumBenefit: Readonly<Record<AllotmentRegion, Series<number>>>;
  readonly minimumBenefitMaxHouseholdSize: Series<number>;
  readonly homelessShelterDeduction: Series<number>;
  readonly resourceLimit: Series<number>;
  readonly resourceLimitElderlyDisabled: Series<number>;
  readonly earnedIncomeDeductionRate: Series<BasisPoints>;
  readonly benefitReductionRate: Series<BasisPoints>;
  readonly medicalDisregard: Series<number>;
  readonly shelterIncomeShare: Series<BasisPoints>;
  readonly grossIncomeLimitRate: Series<BasisPoints>;
  readonly netIncomeLimitRate: Series<BasisPoints>;
  /** HHS guideline year used by the fiscal year that starts on `from`. */
  readonly fpgGuidelineYear: Series<number>;
}

/** A limit: basis points of FPG or cents; 'no_limit' = +∞; 'not_available' = the option is not in use. */
export type Limit = number | 'no_limit' | 'not_available';

export interface UtilityAllowances {
  readonly area?: string;
  /** Size tables (one element when the allowance does not vary by size), cents; 0 = no such allowance. */
  readonly sua: Series<readonly number[]>;
  readonly luaInUse: Series<boolean>;
  readonly lua: Series<readonly number[]>;
  readonly phone: Series<readonly number[]>;
  readonly electricity: Series<readonly number[]>;
  readonly gasAndFuel: Series<readonly number[]>;
  readonly water: Series<readonly number[]>;
  readonly sewage: Series<readonly number[]>;
  readonly trash: Series<readonly number[]>;
}

export interface BbceOptions {
  readonly grossLimit: Series<Limit>;
  readonly grossLimitElderlyDisabled: Series<Limit>;
  readonly netTestApplies: Series<boolean> | null;
  readonly netTestAppliesElderlyDisabled: Series<boolean> | null;
  readonly assetLimit: Series<Limit> | null;
  readonly elderlyDisabledRequiresAllMembers: Series<boolean> | null;
  readonly fpgRebaseMonth: Series<number>;
  readonly grossLimitWithEarnedIncome: Series<Limit> | null;
  readonly grossLimitWithDependentCare: Series<Limit> | null;
}

export interface SnapStateOptions {
  readonly name: string;
  readonly utilityRegions: Readonly<Record<string, UtilityAllowances>>;
  readonly defaultUtilityRegion: string;
  readonly alwaysSua: Series<boolean>;
  readonly bbce: BbceOptions;
  readonly standardMedicalDeduction: Series<number>;
  readonly childSupportPaid: Series<'exclude' | 'deduct'>;
  readonly homelessDeductionAvailable: Series<boolean>;
  readonly stateMinimumBenefit: {
    readonly inEffect: Series<boolean>;
    readonly amount: Series<number>;
    readonly minimumMemberAge: Series<number> | null;
  } | null;
  readonly stateCitations: readonly string[];
}
