export interface LinkRecord {
  id: string;
  givenName?: string | null;
  middleName?: string | null;
  familyName?: string | null;
  /** Aliases and former names (maiden name, earlier legal name). */
  otherNames?: { givenName?: string | null; familyName?: string | null }[];
  /** 'YYYY-MM-DD'. When only the year is known, leave this empty and set birthYear. */
  birthDate?: string | null;
  birthYear?: number | null;
  sex?: string | null;
  /** Full SSN (any punctuation); FEBRL's 7-digit soc_sec_id works too. */
  ssn?: string | null;
  /** Last four digits, when the full number is not known (or not disclosed to the matcher). */
  ssnLast4?: string | null;
  streetAddress?: string | null;
  city?: string | null;
  postcode?: string | null;
  state?: string | null;
  /** Not in the minimal shape; used by the Splink datasets. */
  email?: string | null;
  /** Which file a record came from when linking two files; pairs are then only formed across sources. */
  source?: string | null;
}

/** explanation: plain words, e.g. "date of birth agrees with day and month swapped". */
export interface FieldComparison {
  field: string;
  level: string;
  weight: number;
  explanation: string;
}

export interface PairScore {
  /** Match weight in bits: log2 prior odds + Σ field weights. */
  weight: number;
  probability: number;
  comparisons: FieldComparison[];
}

/**
 * Fellegi–Sunter parameters. prior = probability that two candidate records (gathered by blocking or search)
 * are the same person; fields[field][level] = { m: P(level | same person), u: P(level | different people) }.
 * The 'null' level (either side missing) is implicit and has weight 0.
 */
export interface LinkageModel {
  version: string;
  prior: number;
  fields: Record<string, Record<string, { m: number; u: number }>>;
  /** Where the parameters came from (datasets, method, date). */
  provenance?: string;
}
