import { z } from 'zod';

// Optional fields have no zod defaults (absent = 0 / false / none, applied by the rules): defaults
// roughly double validation time, and caseload runs validate every line.
import { dateOnlySchema, dollars, idSchema } from '../../engine/input.js';

/** The 50 states and DC (the parameter data also has GU and VI, which this program does not accept yet). */
export const SNAP_STATES = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD',
  'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY',
] as const;

export const snapMemberSchema = z.object({
  /** Age in whole years in the benefit month; 60+ is elderly (7 CFR 271.2). */
  age: z.number().int().min(0).max(130),
  /** Meets the 7 CFR 271.2 definition of disabled. */
  disabled: z.boolean().optional(),
  receivesSsi: z.boolean().optional(),
  receivesTanfCash: z.boolean().optional(),
  /** Monthly gross earned income, dollars. */
  earnedIncome: dollars.optional(),
  /** Monthly gross unearned income, dollars. */
  unearnedIncome: dollars.optional(),
  /** Monthly out-of-pocket medical costs (counted only for elderly or disabled members), dollars. */
  medicalExpenses: dollars.optional(),
});

export const snapUtilitiesSchema = z.object({
  heatingCooling: z.boolean().optional(),
  electricity: z.boolean().optional(),
  gas: z.boolean().optional(),
  water: z.boolean().optional(),
  sewage: z.boolean().optional(),
  trash: z.boolean().optional(),
  phone: z.boolean().optional(),
});

export const snapInputSchema = z.object({
  id: idSchema,
  /** Any day of the benefit month. */
  asOf: dateOnlySchema.optional(),
  state: z.enum(SNAP_STATES),
  /** Utility-allowance region for AK (AK_C, AK_N, AK_SC, AK_SE, AK_SW, AK_W…) and NY (NY_NYC, NY_NAS, NY_ONY). */
  utilityRegion: z.string().optional(),
  /** Alaska allotment tier (7 CFR 273.10(e)(4)); default urban. */
  alaskaAllotmentRegion: z.enum(['urban', 'rural_1', 'rural_2']).optional(),
  members: z.array(snapMemberSchema).min(1).max(40),
  /** Countable resources (7 CFR 273.8), dollars. */
  assets: dollars.optional(),
  /** Liquid resources for expedited screening (7 CFR 273.2(i)); defaults to assets. */
  liquidResources: dollars.optional(),
  /** Monthly rent or mortgage, property taxes and homeowner's insurance (7 CFR 273.9(d)(6)(ii)), dollars. */
  shelterCosts: dollars.optional(),
  utilities: snapUtilitiesSchema.optional(),
  /** Monthly dependent-care costs (7 CFR 273.9(d)(4)), dollars. */
  dependentCareCosts: dollars.optional(),
  /** Legally obligated child support paid to non-household members (7 CFR 273.9(d)(5)), dollars. */
  childSupportPaid: dollars.optional(),
  homeless: z.boolean().optional(),
  /** Application date: when it falls in the benefit month, the month is an initial month (7 CFR 273.10(a)(1)(ii)). */
  applicationDate: dateOnlySchema.optional(),
  /** State choice for proration: actual days in the month (default), or a 30-day month. */
  prorationMethod: z.enum(['actual-days', '30-day']).optional(),
  destituteMigrantOrSeasonalFarmworker: z.boolean().optional(),
});

export type SnapInput = z.output<typeof snapInputSchema>;
