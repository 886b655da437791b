import { z } from 'zod';
import { isDateOnly } from '@hearth/kernel';
import { ELIG_PROGRAMS } from '../../domain/programs.js';

const date = (msg: string) => z.string({ error: msg }).refine(isDateOnly, msg);

/** A household member as the application lists them (plain-language messages: the public form shows them as is). */
export const applicationMemberInput = z.strictObject({
  personId: z.uuid().optional().describe('The person in the registry, when known (workers)'),
  firstName: z.string({ error: 'Please enter a first name.' }).trim().min(1, 'Please enter a first name.').max(100, 'Please use at most 100 letters.'),
  lastName: z.string({ error: 'Please enter a last name.' }).trim().min(1, 'Please enter a last name.').max(100, 'Please use at most 100 letters.'),
  dob: date('Please enter the date of birth as YYYY-MM-DD, for example 1990-04-25.'),
  relationship: z.enum(['self', 'spouse', 'partner', 'child', 'stepchild', 'parent', 'sibling', 'grandchild', 'other_relative', 'unrelated'], {
    error: 'Please choose how this person is related to you.',
  }),
  disabled: z.boolean().optional(),
  receivesSsi: z.boolean().optional(),
  pregnant: z.boolean().optional(),
  taxFiler: z.boolean().optional(),
  applyingFor: z.array(z.enum(ELIG_PROGRAMS)).min(1).optional().describe('Programs this member applies for; all on the application when omitted'),
});

export const screeningInput = z.strictObject({
  monthlyGrossIncome: z.number({ error: 'Please enter your household\'s income this month (0 if none).' }).nonnegative('Income cannot be less than 0.').max(1_000_000),
  liquidResources: z.number({ error: 'Please enter the cash and bank money you have (0 if none).' }).nonnegative('This cannot be less than 0.').max(100_000_000),
  rentOrMortgage: z.number({ error: 'Please enter your rent or mortgage (0 if none).' }).nonnegative('This cannot be less than 0.').max(1_000_000),
  paysHeatingOrCooling: z.boolean({ error: 'Please say whether you pay for heating or cooling.' }),
  destituteMigrantOrSeasonalFarmworker: z.boolean().optional(),
}).describe('Questions for the expedited SNAP screening (7 CFR 273.2(i)); dollars a month');

export const addressInput = z.strictObject({
  line1: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  state: z.string().trim().length(2, 'Please use the two-letter state code, for example CO.').optional(),
  zip: z.string().trim().regex(/^\d{5}(-\d{4})?$/, 'Please enter a 5-digit ZIP code.').optional(),
  homeless: z.boolean().optional(),
});

export function householdHasSelf(members: Array<{ relationship: string }>): boolean {
  return members.filter((m) => m.relationship === 'self').length === 1;
}
