import type { Series } from '../../engine/params.js';

/** One band of the K income fraction: applies while TN ≤ upTo (cents); null = no upper bound. */
export interface KBand {
  readonly upTo: number | null;
  readonly constant: number;
  /** fraction = constant + TN / tnDivisor (TN in dollars) */
  readonly tnDivisor: number | null;
  /** fraction = constant + numeratorOverTn / TN (TN in dollars) */
  readonly numeratorOverTn: number | null;
  readonly label: string;
}

export interface CaChildSupportParameters {
  readonly kBands: Series<readonly KBand[]>;
  /** index 0 = 1 child (1.0) … 9 = 10 children */
  readonly multipleChildrenMultiplier: Series<readonly number[]>;
  readonly fullTimeMinimumWageMonthly: Series<number>;
  readonly lowIncomeThresholdRegime: Series<'judicial-council-cpi' | 'full-time-minimum-wage'>;
}
