import { evaluateProgram } from '@hearth/rules';
import type { DateOnly } from '@hearth/kernel';

/** What the household says at filing, enough to screen for expedited SNAP service (7 CFR 273.2(i)(1)). */
export interface ExpeditedScreening {
  householdSize: number;
  /** Gross monthly income expected this month, dollars. */
  monthlyGrossIncome: number;
  /** Cash, checking and savings, dollars. */
  liquidResources: number;
  /** Rent or mortgage, dollars a month. */
  rentOrMortgage: number;
  /** The household pays for heating or cooling (the standard utility allowance then applies). */
  paysHeatingOrCooling: boolean;
  destituteMigrantOrSeasonalFarmworker?: boolean;
}

/**
 * Screens with the SNAP rules themselves, so the $150 / $100 tests and the income + resources < shelter test
 * (with the state's utility allowance) come from the same cited parameters as the determination.
 */
export function screenExpedited(s: ExpeditedScreening, state: string, filedOn: DateOnly): { expedited: boolean; citation: string; reasons: string[] } {
  const size = Math.max(1, Math.min(40, Math.trunc(s.householdSize)));
  const members = Array.from({ length: size }, (_, i) => (i === 0 ? { age: 30, earnedIncome: s.monthlyGrossIncome } : { age: 30 }));
  const r = evaluateProgram('snap', {
    state,
    members,
    liquidResources: s.liquidResources,
    assets: s.liquidResources,
    shelterCosts: s.rentOrMortgage,
    utilities: s.paysHeatingOrCooling ? { heatingCooling: true } : undefined,
    destituteMigrantOrSeasonalFarmworker: s.destituteMigrantOrSeasonalFarmworker ?? false,
  }, { asOf: filedOn });
  return { expedited: Boolean(r.values.expeditedService), citation: '7 CFR 273.2(i)(1)', reasons: r.reasons.map((x) => x.code) };
}
