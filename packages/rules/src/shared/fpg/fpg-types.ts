/** One year's HHS poverty guideline, annual amounts in cents. */
export interface FpgGuideline {
  readonly year: number;
  readonly firstPerson: number;
  readonly additionalPerson: number;
}

export type FpgRegion = 'contiguous' | 'alaska' | 'hawaii';
