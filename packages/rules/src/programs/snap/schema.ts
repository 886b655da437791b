import { z } from 'zod';
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
  disabled: z.boolean().default(false),
  receivesSsi: z.boolean().default(false),
  receivesTanfCash: z.boolean().default(false),
  /** Monthly gross earned income, dollars. */
  earnedIncome: dollars.default(0),
  /** Monthly gross unearned income, dollars. */
  unearnedIncome: dollars.default(0),
  /** Monthly out-of-pocket medical costs (counted only for elderly or disabled members), dollars. */
  medicalExpenses: dollars.default(0),
});

export const snapUtilitiesSchema = z.object({
  heatingCooling: z.boolean().default(false),
  electricity: z.boolean().default(false),
  gas: z.boolean().default(false),
  water: z.boolean().default(false),
  sewage: z.boolean().default(false),
  trash: z.boolean().default(false),
  phone: z.boolean().default(false),
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
  assets: dollars.default(0),
  /** Liquid resources for expedited screening (7 CFR 273.2(i)); defaults to assets. */
  liquidResources: dollars.optional(),
  /** Monthly rent or mortgage, property taxes and homeowner's insurance (7 CFR 273.9(d)(6)(ii)), dollars. */
  shelterCosts: dollars.default(0),
  utilities: snapUtilitiesSchema.prefault({}),
  /** Monthly dependent-care costs (7 CFR 273.9(d)(4)), dollars. */
  dependentCareCosts: dollars.default(0),
  /** Legally obligated child support paid to non-household members (7 CFR 273.9(d)(5)), dollars. */
  childSupportPaid: dollars.default(0),
  homeless: z.boolean().default(false),
  /** Application date: when it falls in the benefit month, the month is an initial month (7 CFR 273.10(a)(1)(ii)). */
  applicationDate: dateOnlySchema.optional(),
  /** State choice for proration: actual days in the month, or a 30-day month. */
  prorationMethod: z.enum(['actual-days', '30-day']).default('actual-days'),
  destituteMigrantOrSeasonalFarmworker: z.boolean().default(false),
});

export type SnapInput = z.output<typeof snapInputSchema>;
