/**
 * What a notice is made of. The eligibility module fills this from a determination (amounts, months, the
 * explanation lines of the rules result) and the case (recipient, family-violence flag). Strict: an unknown
 * field is refused, so a misspelt field never silently drops from a legal notice.
 */
import { z } from 'zod';
import { isDateOnly } from '@hearth/kernel';
import { NOTICE_PROGRAMS } from './policy.js';

export const NOTICE_KINDS = ['approval', 'denial', 'change', 'closure', 'verification_request', 'renewal'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_LANGUAGES = ['en', 'es'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const dateOnlySchema = z.string().refine((v) => isDateOnly(v), 'must be a date YYYY-MM-DD');
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
const centsSchema = z.number().int('must be whole cents').min(0).max(1_000_000_00);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A line in both languages (as the rules engine writes explanations) or one string in the notice's language. */
export const lineTextSchema = z.union([text(2000), z.strictObject({ en: text(2000), es: text(2000) })]);
export type LineText = z.infer<typeof lineTextSchema>;

export const addressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  state: z.string().regex(/^[A-Z]{2}$/, 'two capital letters'),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'ZIP or ZIP+4'),
});
export type MailingAddress = z.infer<typeof addressSchema>;

export const agencySchema = z.strictObject({
  name: text(200),
  office: addressSchema,
  phone: text(40),
  /** Where to ask for a hearing (phone); the office phone when absent. */
  hearingPhone: text(40).optional(),
  legalAidName: text(200).optional(),
  legalAidPhone: text(40).optional(),
  website: text(200).optional(),
});
export type AgencyInfo = z.infer<typeof agencySchema>;

export const noticeAmountSchema = z.strictObject({
  month: monthSchema,
  amountCents: centsSchema,
  /** The amount before a change (change notices). */
  previousAmountCents: centsSchema.optional(),
});
export type NoticeAmount = z.infer<typeof noticeAmountSchema>;

/** Everything but the kind and language: what issueNotice receives as `data`. */
export const noticeDataSchema = z.strictObject({
  program: z.enum(NOTICE_PROGRAMS),
  /** The date the notice is mailed; the issue date when absent (issueNotice sets it from the clock). */
  noticeDate: dateOnlySchema.optional(),
  caseNumber: text(40),
  recipient: z.strictObject({
    name: text(200),
    address: addressSchema.nullable().optional(),
    /** Family-violence flag: the address never prints; the letter says it is withheld (or uses the office). */
    addressSuppressed: z.boolean().default(false),
  }),
  agency: agencySchema.optional(),
  amounts: z.array(noticeAmountSchema).max(60).default([]),
  /** For change notices; worked out from the amounts when absent. */
  change: z.enum(['increase', 'reduction']).optional(),
  /** Adverse actions: computed when absent; refused when it leaves less than the required advance notice. */
  effectiveDate: dateOnlySchema.optional(),
  certificationPeriod: z.strictObject({ from: dateOnlySchema, to: dateOnlySchema }).optional(),
  /** Why: the determination's reasons in plain words. */
  reasons: z.array(lineTextSchema).max(30).default([]),
  /** How the amount was figured: the determination's explanation lines (from the trace). */
  explanation: z.array(lineTextSchema).max(200).default([]),
  /** Regulations relied on (Medicaid notices must name them, 42 CFR 431.210(c)). */
  rules: z.array(text(200)).max(30).default([]),
  verification: z.strictObject({ items: z.array(lineTextSchema).min(1).max(30), dueDate: dateOnlySchema.optional() }).optional(),
  renewal: z.strictObject({ certificationEnd: dateOnlySchema, dueDate: dateOnlySchema.optional() }).optional(),
  /** Where the facts came from, printed small for the record. */
  determinationId: z.string().max(100).optional(),
  rulesVersion: z.string().max(100).optional(),
});
export type NoticeData = z.input<typeof noticeDataSchema>;

export const noticeInputSchema = noticeDataSchema.extend({
  kind: z.enum(NOTICE_KINDS),
  language: z.enum(NOTICE_LANGUAGES),
});
export type NoticeInput = z.input<typeof noticeInputSchema>;
export type ParsedNoticeInput = z.output<typeof noticeInputSchema>;

/** Checks that need the kind: what each notice must carry. Returns field-path problems (empty when fine). */
export function kindProblems(n: ParsedNoticeInput): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  const need = (cond: boolean, path: string, message: string) => { if (!cond) out.push({ path, message }); };
  switch (n.kind) {
    case 'approval':
      need(n.program === 'medicaid' || n.amounts.length > 0, 'amounts', 'an approval names the amount and the month(s) it applies');
      break;
    case 'denial':
      need(n.reasons.length > 0, 'reasons', 'a denial gives at least one reason');
      break;
    case 'closure':
      need(n.reasons.length > 0, 'reasons', 'a closure gives at least one reason');
      break;
    case 'change':
      need(n.amounts.length > 0, 'amounts', 'a change notice names the new amount and the month(s)');
      need(n.change !== undefined || n.amounts.some((a) => a.previousAmountCents !== undefined), 'change', 'say increase or reduction, or give previousAmountCents');
      need(n.reasons.length > 0, 'reasons', 'a change notice gives at least one reason');
      break;
    case 'verification_request':
      need(n.verification !== undefined, 'verification', 'list the proof needed');
      break;
    case 'renewal':
      need(n.renewal !== undefined, 'renewal', 'give the certification end date');
      break;
  }
  if (n.certificationPeriod && n.certificationPeriod.to < n.certificationPeriod.from) out.push({ path: 'certificationPeriod.to', message: 'ends before it starts' });
  const months = n.amounts.map((a) => a.month);
  if (new Set(months).size !== months.length) out.push({ path: 'amounts', message: 'each month once' });
  return out;
}
