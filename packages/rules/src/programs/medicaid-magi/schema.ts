import { z } from 'zod';
import { dateOnlySchema, idSchema, signedDollars, dollars } from '../../engine/input.js';
import { SNAP_STATES } from '../snap/schema.js';

/** Monthly MAGI components, dollars (42 CFR 435.603(e); 26 U.S.C. 36B(d)(2)(B)). */
export const magiIncomeSchema = z.object({
  wages: dollars.optional(),
  /** Net self-employment income; a loss is negative and offsets other income. */
  selfEmployment: signedDollars.optional(),
  /** Other income included in AGI (interest, pensions, unemployment, taxable alimony …). */
  otherTaxable: dollars.optional(),
  /** All Social Security benefits, taxable or not. */
  socialSecurity: dollars.optional(),
  taxExemptInterest: dollars.optional(),
  foreignEarnedIncomeExcluded: dollars.optional(),
  /** Above-the-line adjustments to income. */
  adjustments: dollars.optional(),
});

export const magiPersonSchema = z.object({
  id: z.string().min(1),
  age: z.number().int().min(0).max(130),
  pregnant: z.boolean().optional(),
  /** Number of children expected (counted in the pregnant woman's own household, 435.603(b)). */
  expectedChildren: z.number().int().min(1).max(8).optional(),
  medicare: z.boolean().optional(),
  /** Expects to file a federal tax return for the year. */
  taxFiler: z.boolean().optional(),
  /** id of the spouse this person files jointly with. */
  filesJointlyWith: z.string().optional(),
  /** id of the taxpayer who expects to claim this person as a dependent. */
  claimedAsDependentBy: z.string().optional(),
  /** id of a spouse living in the home. */
  spouseId: z.string().optional(),
  /** ids of this person's parents (natural, adoptive or step) living in the home. */
  parentIds: z.array(z.string()).max(2).optional(),
  /** A child or dependent expected to be required to file a return (their income then counts, 435.603(d)(2)). */
  requiredToFile: z.boolean().optional(),
  /** Caretaker relative of a dependent child who is not their own child in the home. */
  caretakerRelative: z.boolean().optional(),
  income: magiIncomeSchema.optional(),
});

export const medicaidMagiInputSchema = z.object({
  id: idSchema,
  asOf: dateOnlySchema.optional(),
  state: z.enum(SNAP_STATES),
  people: z.array(magiPersonSchema).min(1).max(30),
});
export type MedicaidMagiInput = z.output<typeof medicaidMagiInputSchema>;
export type MagiPerson = z.output<typeof magiPersonSchema>;
