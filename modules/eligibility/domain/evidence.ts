import { z } from 'zod';
import { isDateOnly, type DateOnly } from '@hearth/kernel';

/**
 * Evidence: one fact about the household with the dates it holds (effective from/to), where it came from and
 * whether it is verified. A correction or change is a new version of the same item (evidence_key); nothing is
 * overwritten, so "what did we know on date D" and "what held in month M" are both answerable.
 */
export const EVIDENCE_KINDS = [
  'member', 'earned_income', 'unearned_income', 'expense', 'resource', 'address',
  'trust', 'annuity', 'life_insurance', 'property', 'transfer',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_SOURCES = ['applicant_statement', 'pay_stub', 'employer_statement', 'electronic_data', 'bank_statement', 'lease', 'utility_bill', 'court_order', 'legal_document', 'benefit_letter', 'other_document', 'collateral_contact'] as const;
export const VERIFICATION_STATUSES = ['unverified', 'requested', 'verified', 'not_required', 'refused'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

const date = z.string().refine(isDateOnly, 'must be a date YYYY-MM-DD');
const money = z.number().nonnegative('cannot be negative').max(100_000_000).describe('Dollars (converted to integer cents)');
const memberKey = z.uuid().describe('evidence_key of the household member this belongs to');

export const memberPayload = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  dob: date,
  relationship: z.enum(['self', 'spouse', 'partner', 'child', 'stepchild', 'parent', 'sibling', 'grandchild', 'other_relative', 'unrelated']),
  personId: z.uuid().optional().describe('The person in the registry (people module)'),
  disabled: z.boolean().optional(),
  receivesSsi: z.boolean().optional(),
  pregnant: z.boolean().optional(),
  taxFiler: z.boolean().optional(),
  claimedAsDependentByKey: z.uuid().optional().describe('member key of the tax filer claiming this member'),
  medicare: z.boolean().optional(),
  applyingFor: z.array(z.enum(['snap', 'tanf', 'medicaid'])).optional().describe('Programs this member applies for (default: all on the application)'),
});

export const earnedIncomePayload = z.strictObject({ memberKey, employer: z.string().trim().max(200).optional(), monthlyAmount: money, selfEmployment: z.boolean().optional() });
export const unearnedIncomePayload = z.strictObject({
  memberKey,
  incomeType: z.enum(['child_support', 'ssi', 'social_security', 'unemployment', 'pension', 'tanf_cash', 'interest', 'other']),
  monthlyAmount: money,
});
export const EXPENSE_TYPES = ['rent', 'mortgage', 'property_tax', 'home_insurance', 'heating_cooling', 'electricity', 'gas', 'water', 'sewage', 'trash', 'phone', 'dependent_care', 'child_support_paid', 'medical'] as const;
export const expensePayload = z.strictObject({ expenseType: z.enum(EXPENSE_TYPES), monthlyAmount: money, memberKey: memberKey.optional() });
export const resourcePayload = z.strictObject({
  resourceType: z.enum(['cash', 'bank_account', 'vehicle', 'stocks_bonds', 'retirement', 'other']),
  value: money,
  liquid: z.boolean(),
  countable: z.boolean().describe('False when an exclusion applies (say which in description)'),
  description: z.string().trim().max(500).optional(),
  memberKey: memberKey.optional(),
});
export const addressPayload = z.strictObject({
  line1: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  state: z.string().length(2).optional(),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/).optional(),
  homeless: z.boolean().optional(),
});
export const trustPayload = z.strictObject({
  memberKey,
  trustType: z.enum(['revocable', 'irrevocable']),
  corpus: money.describe('Total value of the trust corpus, dollars'),
  reachableAmount: money.describe('Irrevocable trusts: the part that could be paid to or for the person (42 USC 1396p(d)(3)(B))'),
  exemption: z.enum(['none', 'd4A_disabled_under_65', 'd4B_income_trust', 'd4C_pooled']).describe('42 USC 1396p(d)(4) exemptions'),
  establishedOn: date,
  trustee: z.string().trim().max(200).optional(),
  monthlyPaymentsToPerson: money.optional(),
});
export const annuityPayload = z.strictObject({
  memberKey,
  purchasedOn: date,
  purchasePrice: money,
  monthlyPayment: money,
  stateNamedRemainderBeneficiary: z.boolean(),
  irrevocableNonAssignable: z.boolean(),
  actuariallySound: z.boolean(),
  equalPayments: z.boolean(),
});
export const lifeInsurancePayload = z.strictObject({ memberKey, faceValue: money, cashSurrenderValue: money, insurer: z.string().trim().max(200).optional() });
export const propertyPayload = z.strictObject({
  memberKey: memberKey.optional(),
  propertyType: z.enum(['home', 'land', 'rental', 'other']),
  equityValue: money,
  isHome: z.boolean(),
  description: z.string().trim().max(500).optional(),
});
export const transferPayload = z.strictObject({
  memberKey,
  transferredOn: date,
  asset: z.string().trim().min(1).max(300),
  fairMarketValue: money,
  compensationReceived: money,
  toWhom: z.string().trim().max(200).optional(),
  exempt: z.boolean().optional().describe('A transfer exempt under 42 USC 1396p(c)(2) (spouse, disabled child …)'),
});

export const PAYLOAD_SCHEMAS: Record<EvidenceKind, z.ZodType> = {
  member: memberPayload,
  earned_income: earnedIncomePayload,
  unearned_income: unearnedIncomePayload,
  expense: expensePayload,
  resource: resourcePayload,
  address: addressPayload,
  trust: trustPayload,
  annuity: annuityPayload,
  life_insurance: lifeInsurancePayload,
  property: propertyPayload,
  transfer: transferPayload,
};

export type MemberPayload = z.output<typeof memberPayload>;

/** One stored version of an evidence item. */
export interface EvidenceRow {
  id: string;
  applicationId: string;
  evidenceKey: string;
  version: number;
  kind: EvidenceKind;
  memberKey: string | null;
  payload: Record<string, any>;
  amountCents: number | null;
  effectiveFrom: DateOnly;
  effectiveTo: DateOnly | null;
  source: string;
  verification: VerificationStatus;
  documentId: string | null;
  retracted: boolean;
  changeId: string | null;
  reason: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

/** The amount stored beside a payload (cents): the monthly amount for income and expenses, the value for resources. */
export function amountOf(kind: EvidenceKind, payload: Record<string, any>): number | null {
  const dollars =
    payload.monthlyAmount ?? payload.value ?? payload.corpus ?? payload.purchasePrice ?? payload.cashSurrenderValue ?? payload.equityValue ?? payload.fairMarketValue;
  if (kind === 'member' || kind === 'address' || typeof dollars !== 'number') return null;
  return Math.round(dollars * 100);
}

/** The latest version of each item, as recorded up to `knownAt` (an ISO instant; all versions when omitted). */
export function currentVersions(rows: readonly EvidenceRow[], knownAt?: string): EvidenceRow[] {
  const latest = new Map<string, EvidenceRow>();
  for (const r of rows) {
    if (knownAt && r.recordedAt > knownAt) continue;
    const cur = latest.get(r.evidenceKey);
    if (!cur || r.version > cur.version) latest.set(r.evidenceKey, r);
  }
  return [...latest.values()].filter((r) => !r.retracted);
}
