/** zod building blocks shared by program input schemas: JSON money is dollars with at most 2 decimals. */
import { z } from 'zod';
import { isDateOnly, type DateOnly } from '@hearth/kernel';

/** Monthly dollars; converted to cents by rounding to the nearest cent (JSON numbers are binary floats). */
export const dollars = z.number().nonnegative().max(100_000_000);

/** Dollars that may be negative (e.g. self-employment losses). */
export const signedDollars = z.number().min(-100_000_000).max(100_000_000);

export const dateOnlySchema = z.string().refine(isDateOnly, 'a date YYYY-MM-DD').transform((s) => s as DateOnly);

export const idSchema = z.union([z.string(), z.number()]).optional();

/** Dollars (from JSON) to integer cents. */
export function toCents(d: number): number {
  return Math.round(d * 100);
}

export function centsToDollars(c: number): number {
  return c / 100;
}
