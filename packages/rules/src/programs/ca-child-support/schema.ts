import { z } from 'zod';
import { dateOnlySchema, dollars, idSchema } from '../../engine/input.js';

/** FC 4059 deductions from gross income (monthly dollars). */
export const fc4059DeductionsSchema = z.object({
  /** (a) state and federal income tax actually payable */
  incomeTaxes: dollars.optional(),
  /** (b) FICA or equivalent */
  fica: dollars.optional(),
  /** (c) mandatory union dues and retirement contributions */
  mandatoryUnionDuesAndRetirement: dollars.optional(),
  /** (d) health insurance for the parent and children, and SDI */
  healthInsuranceAndSdi: dollars.optional(),
  /** (e) child or spousal support actually paid for other relationships */
  otherSupportPaid: dollars.optional(),
  /** (f) job-related expenses allowed by the court */
  jobRelatedExpenses: dollars.optional(),
  /** (g) hardship deductions (FC 4070-4073) */
  hardship: dollars.optional(),
});

export const parentIncomeSchema = z
  .object({
    /** Net monthly disposable income, if already known. */
    netDisposableIncome: dollars.optional(),
    /** Gross monthly income (FC 4058). */
    grossIncome: dollars.optional(),
    deductions: fc4059DeductionsSchema.optional(),
  })
  .refine((p) => p.netDisposableIncome !== undefined || p.grossIncome !== undefined, 'give netDisposableIncome or grossIncome');

export const interestInstallmentSchema = z.object({
  dueDate: dateOnlySchema,
  /** Unpaid amount of the installment, dollars. */
  unpaid: dollars,
});

export const caChildSupportInputSchema = z.object({
  id: idSchema,
  asOf: dateOnlySchema.optional(),
  parentA: parentIncomeSchema,
  parentB: parentIncomeSchema,
  /** One entry per child: age and the percentage of time (0-100) the child is with parent A. */
  children: z
    .array(z.object({ age: z.number().int().min(0).max(25), timeWithParentA: z.number().min(0).max(100) }))
    .min(1)
    .max(10),
  /** Unpaid installments for the 10% interest computation (CCP 685.010). */
  arrears: z
    .object({
      installments: z.array(interestInstallmentSchema).max(1000),
      /** In LCSA cases the current month's support earns no interest until the 1st of the next month (FC 17433.5). */
      lcsaCase: z.boolean().optional(),
    })
    .optional(),
});

export type CaChildSupportInput = z.output<typeof caChildSupportInputSchema>;
