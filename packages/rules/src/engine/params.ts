/**
 * Parameters as data: every value carries the date it takes effect and the rule it comes from.
 * A value holds from its `from` date until the next entry's `from` (selection by date, never by "latest").
 *
 * Units used in parameter files:
 * - money: integer cents;
 * - ratios: integer basis points (1.3 = 130% = 13000 bp), so every percentage is exact integer arithmetic.
 */
import { DomainError, type DateOnly } from '@hearth/kernel';

export interface Dated<T> {
  readonly from: DateOnly;
  readonly value: T;
  readonly citation: string;
  /** Present when the policy data flags the value as unverified; says why. */
  readonly unverified?: string;
}

/** Effective-dated values, sorted by `from` ascending. */
export type Series<T> = readonly Dated<T>[];

/** Basis points: 10000 = 100%. */
export type BasisPoints = number;
export const BP = 10_000;

/** The entry in force on a date, or undefined when the date is before the first entry. */
export function entryAt<T>(series: Series<T>, on: DateOnly): Dated<T> | undefined {
  // Series are short (≤ a dozen entries): a backwards linear scan beats binary search here.
  for (let i = series.length - 1; i >= 0; i--) {
    const e = series[i]!;
    if (e.from <= on) return e;
  }
  return undefined;
}

/** The entry in force on a date; a date before the first entry is an input error (no rule existed). */
export function requireAt<T>(series: Series<T>, on: DateOnly, what: string): Dated<T> {
  const e = entryAt(series, on);
  if (!e) throw new DomainError('RULES_INPUT', `No ${what} is in force on ${on}`, [{ path: 'asOf', message: `no ${what} on ${on}` }]);
  return e;
}

/** A row of a table indexed by size (index 0 = size 1); sizes above the table use the last row. */
export function bySize(table: readonly number[], size: number): number {
  const i = size - 1 < table.length ? size - 1 : table.length - 1;
  return table[i < 0 ? 0 : i]!;
}

/** The period a program's parameter data covers; evaluation outside it is refused rather than projected. */
export interface Coverage {
  readonly from: DateOnly;
  readonly to: DateOnly;
}

export function assertCovered(coverage: Coverage, on: DateOnly, program: string): void {
  if (on < coverage.from || on > coverage.to) {
    throw new DomainError('RULES_INPUT', `${program} rules cover ${coverage.from} to ${coverage.to}; ${on} is outside`, [
      { path: 'asOf', message: `outside ${coverage.from}..${coverage.to}` },
    ]);
  }
}
