import type { BasisPoints, Series } from '../../engine/params.js';

export type CoverageCategory =
  | 'adult' | 'parent' | 'pregnant' | 'infant' | 'child1to5' | 'child6to18' | 'youngAdult19to20'
  | 'chipChild' | 'chipPregnant' | 'chipUnbornChild';

export type IncomeStandard = BasisPoints | 'not_covered';

export interface MedicaidStateThresholds {
  readonly name: string;
  readonly limits: Readonly<Record<CoverageCategory, Series<IncomeStandard>>>;
  /** The infant group covers children below this age (1, or 2 in CA and MN). */
  readonly infantAgeBelow: number;
  readonly notes: readonly string[];
}

export interface MissouriParentSchedule {
  /** Monthly dollars (cents) by household size 1..22. */
  readonly bySize: Series<readonly number[]>;
  readonly eachAbove22: Series<number>;
}
