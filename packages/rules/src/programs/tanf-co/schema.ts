import { z } from 'zod';
import { dateOnlySchema, dollars, idSchema } from '../../engine/input.js';

export const tanfCoInputSchema = z.object({
  id: idSchema,
  asOf: dateOnlySchema.optional(),
  /** Caretakers in the assistance unit (3 or more use the 2-caretaker row). */
  caretakers: z.number().int().min(0).max(6),
  children: z.number().int().min(0).max(20),
  pregnantMembers: z.number().int().min(0).max(4).optional(),
  /** Applicants get the $90 earned-income disregard; recipients the percentage disregard. */
  status: z.enum(['applicant', 'recipient']),
  /** Monthly gross earnings, dollars. */
  earnedIncome: dollars.optional(),
  /** Monthly countable unearned income other than child support, dollars. */
  unearnedIncome: dollars.optional(),
  /** Monthly child support received (counted for applicants only), dollars. */
  childSupportReceived: dollars.optional(),
});
export type TanfCoInput = z.output<typeof tanfCoInputSchema>;
