/** zod building blocks shared by program input schemas: JSON money is dollars with at most 2 decimals. */
import { z } from 'zod';
import { isDateOnly, type DateOnly } from '@hearth/kernel';

export const dollars = z
  .number()
  .nonnegative()
  .max(100_000_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'at most 2 decimals (dollars and cents)');

/** Dollars that may be negative (e.g. self-employment losses). */
export const signedDollars = z
  .number()
  .min(-100_000_000)
  .max(100_000_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'at most 2 decimals (dollars and cents)');

export const dateOnlySchema = z.string().refine(isDateOnly, 'a date YYYY-MM-DD').transform((s) => s as DateOnly);

export const idSchema = z.union([z.string(), z.number()]).optional();

/** Dollars (from JSON) to integer cents. */
export function toCents(d: number): number {
  return Math.round(d * 100);
}

export function centsToDollars(c: number): number {
  return c / 100;
}
