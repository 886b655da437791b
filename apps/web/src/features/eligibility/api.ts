import { api } from '../../api/client';

/**
 * Shapes of the eligibility and notices API as the server returns them today (read from modules/eligibility
 * use-cases/*View functions and checked against a running server). Money from the server is integer cents
 * (`…Cents`); the evidence and screening inputs take dollars, as the API documents.
 */
export type Program = 'snap' | 'tanf' | 'medicaid';
export const PROGRAMS: Program[] = ['snap', 'tanf', 'medicaid'];
export const RELATIONSHIPS = ['self', 'spouse', 'partner', 'child', 'stepchild', 'parent', 'sibling', 'grandchild', 'other_relative', 'unrelated'] as const;
export const EVIDENCE_SOURCES = ['applicant_statement', 'pay_stub', 'employer_statement', 'electronic_data', 'bank_statement', 'lease', 'utility_bill', 'court_order', 'legal_document', 'benefit_letter', 'other_document', 'collateral_contact'] as const;
export const PROOF_SOURCES = EVIDENCE_SOURCES.filter((s) => s !== 'applicant_statement');
export const VERIFICATION_STATUSES = ['unverified', 'requested', 'verified', 'not_required', 'refused'] as const;
export const INCOME_TYPES = ['child_support', 'ssi', 'social_security', 'unemployment', 'pension', 'tanf_cash', 'interest', 'other'] as const;
export const EXPENSE_TYPES = ['rent', 'mortgage', 'property_tax', 'home_insurance', 'heating_cooling', 'electricity', 'gas', 'water', 'sewage', 'trash', 'phone', 'dependent_care', 'child_support_paid', 'medical'] as const;
export const RESOURCE_TYPES = ['cash', 'bank_account', 'vehicle', 'stocks_bonds', 'retirement', 'other'] as const;

export interface OnlineApplicationInput {
  programs: Program[];
  language: 'en' | 'es';
  phone?: string;
  email?: string;
  address?: { line1?: string; city?: string; state?: string; zip?: string; homeless?: boolean };
  household: Array<{ firstName: string; lastName: string; dob: string; relationship: string }>;
  screening: { monthlyGrossIncome: number; liquidResources: number; rentOrMortgage: number; paysHeatingOrCooling: boolean; destituteMigrantOrSeasonalFarmworker?: boolean };
  signature: { name: string; agreed: boolean };
}

export interface OnlineApplicationReceipt {
  applicationNumber: string;
  filedOn: string;
  programs: Program[];
  message: { en: string; es: string };
  /** Not sent by the server today (see the web README's gaps); shown when present. */
  expedited?: boolean;
}

export interface QueueItem {
  id: string;
  applicationNumber: string;
  filedOn: string;
  programs: Program[];
  expedited: boolean;
  language: string;
  applicantName: string;
  householdSize: number;
  ageDays: number;
}

export interface MemberView {
  memberKey: string;
  version: number;
  personId: string | null;
  firstName: string;
  lastName: string;
  dob: string;
  relationship: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ApplicationProgram {
  program: Program;
  caseId: string | null;
  caseNumber: string | null;
  status: string;
  decidedOn: string | null;
  decisionId: string | null;
  clocks?: Array<{ id: string; typeCode: string; dueOn: string }>;
}

export interface ApplicationView {
  id: string;
  applicationNumber: string;
  channel: 'online' | 'worker';
  status: 'received' | 'registered' | string;
  programs: ApplicationProgram[];
  requestedPrograms: Program[];
  receivedAt: string;
  filedOn: string;
  language: string;
  unitId: string | null;
  primaryPersonId: string | null;
  expedited: boolean;
  members: MemberView[];
  applicant?: { firstName?: string; lastName?: string; phone?: string | null; email?: string | null };
}

export interface EvidenceItem {
  id: string;
  evidenceKey: string;
  version: number;
  kind: string;
  memberKey: string | null;
  payload: Record<string, unknown>;
  amountCents: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  verification: string;
  documentId: string | null;
  retracted: boolean;
  changeId: string | null;
  reason: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface VerificationRequest {
  id: string;
  applicationId: string;
  evidenceKey: string | null;
  item: string;
  programs: Program[];
  requestedOn: string;
  dueOn: string;
  status: 'open' | 'received' | 'missed' | 'cancelled' | string;
  resolvedOn: string | null;
}

export interface Reason {
  code: string;
  text?: { en?: string; es?: string };
}

export interface DeterminationView {
  id: string;
  month: string;
  program: Program;
  rulesProgram: string;
  asOf: string;
  kind: string;
  eligible: boolean;
  amountCents: number | null;
  reasons: Reason[];
  values: Record<string, unknown>;
  explanation: { en?: string[]; es?: string[] } | null;
  rulesVersion: string;
  createdAt: string;
}

export interface DecisionView {
  id: string;
  caseId: string;
  applicationId: string;
  program: Program;
  kind: string;
  status: 'proposed' | 'pending_review' | 'approved' | 'returned' | string;
  outcome: string;
  firstMonth: string;
  lastMonth: string;
  effectiveMonth: string | null;
  certification: { start: string; end: string } | null;
  reasonCode: string | null;
  summary: string;
  changeId: string | null;
  reviewId: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  determinations: DeterminationView[];
}

export interface LedgerMonth {
  month: string;
  issuedCents: number;
  supplementCents: number;
  reductionCents: number;
  netCents: number;
}

export interface LedgerView {
  caseId: string;
  program: Program;
  certification: { start: string; end: string; status: string; amountCents: number | null } | null;
  months: LedgerMonth[];
  totals: { netCents: number };
  claims: Array<{ id: string; claimType: string; establishedOn: string; balanceCents: number }>;
}

export interface ChangeResult {
  change: { id: string; kind: string; description: string; effectiveOn: string; reportedOn: string; adverse: boolean };
  comparison: Array<{ month: string; oldCents: number | null; newCents: number; paidCents: number | null; action: string; amountCents: number }>;
  advanceNotice: { noticePeriodEndsOn: string; effectiveMonth: string; citation: string } | null;
  supplementCents: number;
  overissuedCents: number;
  decision: DecisionView;
}

export interface NoticeView {
  id: string;
  caseId: string;
  kind: string;
  program: string | null;
  language: string;
  title: string | null;
  noticeDate: string;
  effectiveDate: string | null;
  adverse: boolean | null;
  pdfUrl?: string;
}

const enc = encodeURIComponent;

export const elApi = {
  applyOnline: (body: OnlineApplicationInput) => api.post<OnlineApplicationReceipt>('/api/eligibility/public/applications', body),
  queue: () => api.get<{ items: QueueItem[] }>('/api/eligibility/applications'),
  application: (id: string) => api.get<ApplicationView>(`/api/eligibility/applications/${enc(id)}`),
  register: (id: string, body: { unitId: string; people: Array<{ memberKey: string; personId: string }> }) => api.post<ApplicationView>(`/api/eligibility/applications/${enc(id)}/register`, body),
  evidence: (id: string, history = false) => api.get<{ items: EvidenceItem[] }>(`/api/eligibility/applications/${enc(id)}/evidence`, history ? { history: 'true' } : undefined),
  recordEvidence: (id: string, body: Record<string, unknown>) => api.post<EvidenceItem>(`/api/eligibility/applications/${enc(id)}/evidence`, body),
  verifications: (id: string) => api.get<{ items: VerificationRequest[] }>(`/api/eligibility/applications/${enc(id)}/verification-requests`),
  requestVerification: (id: string, body: { item: string; evidenceKey?: string; dueOn?: string }) => api.post<VerificationRequest>(`/api/eligibility/applications/${enc(id)}/verification-requests`, body),
  receiveVerification: (requestId: string, body: { source: string; note?: string }) => api.post<VerificationRequest>(`/api/eligibility/verification-requests/${enc(requestId)}/receive`, body),
  determine: (caseId: string, body: { firstMonth?: string; lastMonth?: string }) => api.post<DecisionView>(`/api/eligibility/cases/${enc(caseId)}/determinations`, body),
  decisions: (caseId: string) => api.get<{ items: DecisionView[] }>(`/api/eligibility/cases/${enc(caseId)}/decisions`),
  decision: (id: string) => api.get<DecisionView>(`/api/eligibility/decisions/${enc(id)}`),
  approve: (id: string, comment?: string) => api.post<DecisionView>(`/api/eligibility/decisions/${enc(id)}/approve`, comment ? { comment } : {}),
  returnDecision: (id: string, comment: string) => api.post<DecisionView>(`/api/eligibility/decisions/${enc(id)}/return`, { comment }),
  ledger: (caseId: string) => api.get<LedgerView>(`/api/eligibility/cases/${enc(caseId)}/ledger`),
  reportChange: (caseId: string, body: Record<string, unknown>) => api.post<ChangeResult>(`/api/eligibility/cases/${enc(caseId)}/changes`, body),
  notices: (caseId: string) => api.get<{ items: NoticeView[] } | NoticeView[]>(`/api/cases/${enc(caseId)}/notices`),
  noticePdfHref: (noticeId: string) => `/api/notices/${enc(noticeId)}/pdf`,
};

/** "12.50" → 12.5; "" or junk → null. */
export function dollars(s: string): number | null {
  const t = s.trim().replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

/** A `YYYY-MM-DD` day plus n days (calendar arithmetic in UTC, no time-zone shift). */
export function addDaysIso(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
