/** HHS poverty guidelines: lookup by guideline year or by date, and income standards derived from them. */
import { mulDiv } from '@hearth/kernel';
import { requireAt, type BasisPoints, type Dated } from '../../engine/params.js';
import { DomainError, type DateOnly } from '@hearth/kernel';
import { FPG_GUIDELINES } from './parameters/fpg.generated.js';
import type { FpgGuideline, FpgRegion } from './fpg-types.js';

export type { FpgGuideline, FpgRegion } from './fpg-types.js';

/** Alaska and Hawaii have their own guidelines; everyone else (incl. DC) uses the 48-state figures. */
export function fpgRegionFor(state: string): FpgRegion {
  return state === 'AK' ? 'alaska' : state === 'HI' ? 'hawaii' : 'contiguous';
}

export function guidelineForYear(region: FpgRegion, year: number): Dated<FpgGuideline> {
  const series = FPG_GUIDELINES[region];
  for (const e of series) if (e.value.year === year) return e;
  throw new DomainError('RULES_INPUT', `No ${year} poverty guideline in the parameter data`, [{ path: 'asOf', message: `no ${year} poverty guideline` }]);
}

export function guidelineOn(region: FpgRegion, on: DateOnly): Dated<FpgGuideline> {
  return requireAt(FPG_GUIDELINES[region], on, 'poverty guideline');
}

/** Annual guideline for a household size, cents. */
export function annualGuideline(g: FpgGuideline, size: number): number {
  return g.firstPerson + (size - 1) * g.additionalPerson;
}

/**
 * Monthly income standard = guideline × rate ÷ 12, rounded UP to the next whole dollar (7 CFR 273.9(a)(3)).
 * Returned in cents.
 */
export function monthlyStandardCeilDollar(g: FpgGuideline, size: number, rate: BasisPoints): number {
  const annualDollars = annualGuideline(g, size) / 100;
  return mulDiv(annualDollars, rate, 120_000, 'up') * 100;
}
