import type { BasisPoints, Series } from '../../engine/params.js';

export interface MississippiTanfParameters {
  /** Size table 1..10, cents. */
  readonly needStandard: Series<readonly number[]>;
  readonly needStandardEachAbove10: Series<number>;
  readonly paymentFirstPerson: Series<number>;
  readonly paymentSecondPerson: Series<number>;
  readonly paymentEachAdditionalPerson: Series<number>;
  readonly grossIncomeLimitRate: Series<BasisPoints>;
  readonly resourceLimit: Series<number>;
}
