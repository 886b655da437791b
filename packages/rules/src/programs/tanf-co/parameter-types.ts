import type { BasisPoints, Series } from '../../engine/params.js';

export interface ColoradoStandardTable {
  /** [caretakers 0..2][children 0..10], cents. */
  readonly byCaretakersAndChildren: readonly (readonly number[])[];
  readonly eachAdditionalChild: number;
}

export interface ColoradoWorksParameters {
  readonly needStandard: Series<ColoradoStandardTable>;
  readonly grantStandard: Series<ColoradoStandardTable>;
  readonly pregnancyAllowance: Series<number>;
  readonly applicantEarnedDisregard: Series<number>;
  readonly recipientEarnedDisregardRate: Series<BasisPoints>;
}
