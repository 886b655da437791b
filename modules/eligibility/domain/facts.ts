import { ageOn, type DateOnly } from '@hearth/kernel';
import type { EligProgram } from './programs.js';
import { currentVersions, type EvidenceRow, type MemberPayload } from './evidence.js';
import { overlapsMonth, type Month } from './months.js';

/**
 * Builds a rules program's facts for one benefit month from the evidence in force in that month.
 * In force = the item's current version is not retracted and its effective period overlaps the month.
 * Money goes to the rules in dollars (cents ÷ 100, exact to the cent); ages are ages on the month's first day.
 */
export interface FactsContext {
  program: EligProgram;
  month: Month;
  /** The agency's state (two letters); Hearth ships Colorado. */
  state: string;
  /** The application's filing date: in its own month the SNAP allotment is prorated (7 CFR 273.10(a)(1)(ii)). */
  filedOn: DateOnly;
  /** Colorado Works: 'applicant' until the first approval, then 'recipient' (9 CCR 2503-6 §3.606.1). */
  tanfStatus?: 'applicant' | 'recipient';
  /** Only versions recorded up to this instant count (for "as it stood on a date"); all when omitted. */
  knownAt?: string;
}

export interface MonthEvidence {
  members: Array<EvidenceRow & { payload: MemberPayload }>;
  items: EvidenceRow[];
}

export function evidenceInForce(rows: readonly EvidenceRow[], month: Month, knownAt?: string): MonthEvidence {
  const current = currentVersions(rows, knownAt).filter((r) => overlapsMonth(r.effectiveFrom, r.effectiveTo, month));
  return {
    members: current.filter((r) => r.kind === 'member') as MonthEvidence['members'],
    items: current.filter((r) => r.kind !== 'member'),
  };
}

const dollars = (cents: number) => cents / 100;

function sumCents(items: readonly EvidenceRow[], pred: (r: EvidenceRow) => boolean): number {
  let s = 0;
  for (const r of items) if (pred(r)) s += r.amountCents ?? 0;
  return s;
}

function applies(m: { payload: MemberPayload }, program: EligProgram): boolean {
  return !m.payload.applyingFor || m.payload.applyingFor.includes(program);
}

const SHELTER = new Set(['rent', 'mortgage', 'property_tax', 'home_insurance']);
const UTILITY_FLAGS: Record<string, string> = {
  heating_cooling: 'heatingCooling', electricity: 'electricity', gas: 'gas', water: 'water', sewage: 'sewage', trash: 'trash', phone: 'phone',
};

export function buildSnapFacts(ev: MonthEvidence, ctx: FactsContext): Record<string, unknown> {
  const members = ev.members.filter((m) => applies(m, 'snap'));
  const { items } = ev;
  const utilities: Record<string, boolean> = {};
  for (const r of items) if (r.kind === 'expense' && UTILITY_FLAGS[r.payload.expenseType]) utilities[UTILITY_FLAGS[r.payload.expenseType]!] = true;
  const facts: Record<string, unknown> = {
    state: ctx.state,
    members: members.map((m) => {
      const key = m.evidenceKey;
      const mine = (r: EvidenceRow) => r.payload.memberKey === key;
      const member: Record<string, unknown> = { age: ageOn(m.payload.dob, ctx.month) };
      if (m.payload.disabled) member.disabled = true;
      if (m.payload.receivesSsi) member.receivesSsi = true;
      if (items.some((r) => mine(r) && r.kind === 'unearned_income' && r.payload.incomeType === 'tanf_cash')) member.receivesTanfCash = true;
      const earned = sumCents(items, (r) => mine(r) && r.kind === 'earned_income');
      const unearned = sumCents(items, (r) => mine(r) && r.kind === 'unearned_income');
      const medical = sumCents(items, (r) => mine(r) && r.kind === 'expense' && r.payload.expenseType === 'medical');
      if (earned) member.earnedIncome = dollars(earned);
      if (unearned) member.unearnedIncome = dollars(unearned);
      if (medical) member.medicalExpenses = dollars(medical);
      return member;
    }),
  };
  const assets = sumCents(items, (r) => r.kind === 'resource' && r.payload.countable === true);
  const liquid = sumCents(items, (r) => r.kind === 'resource' && r.payload.liquid === true);
  const shelter = sumCents(items, (r) => r.kind === 'expense' && SHELTER.has(r.payload.expenseType));
  const care = sumCents(items, (r) => r.kind === 'expense' && r.payload.expenseType === 'dependent_care');
  const support = sumCents(items, (r) => r.kind === 'expense' && r.payload.expenseType === 'child_support_paid');
  if (assets) facts.assets = dollars(assets);
  if (liquid) facts.liquidResources = dollars(liquid);
  if (shelter) facts.shelterCosts = dollars(shelter);
  if (Object.keys(utilities).length) facts.utilities = utilities;
  if (care) facts.dependentCareCosts = dollars(care);
  if (support) facts.childSupportPaid = dollars(support);
  if (items.some((r) => r.kind === 'address' && r.payload.homeless === true)) facts.homeless = true;
  facts.applicationDate = ctx.filedOn;
  return facts;
}

const CARETAKER_RELATIONSHIPS = new Set(['self', 'spouse', 'partner', 'parent', 'other_relative']);

export function buildTanfCoFacts(ev: MonthEvidence, ctx: FactsContext): Record<string, unknown> {
  const members = ev.members.filter((m) => applies(m, 'tanf'));
  const keys = new Set(members.map((m) => m.evidenceKey));
  const children = members.filter((m) => ageOn(m.payload.dob, ctx.month) < 18);
  const caretakers = members.filter((m) => ageOn(m.payload.dob, ctx.month) >= 18 && CARETAKER_RELATIONSHIPS.has(m.payload.relationship));
  const mine = (r: EvidenceRow) => keys.has(r.payload.memberKey);
  const earned = sumCents(ev.items, (r) => mine(r) && r.kind === 'earned_income');
  const unearned = sumCents(ev.items, (r) => mine(r) && r.kind === 'unearned_income' && r.payload.incomeType !== 'child_support' && r.payload.incomeType !== 'tanf_cash');
  const support = sumCents(ev.items, (r) => mine(r) && r.kind === 'unearned_income' && r.payload.incomeType === 'child_support');
  const facts: Record<string, unknown> = {
    caretakers: Math.min(caretakers.length, 6),
    children: Math.min(children.length, 20),
    status: ctx.tanfStatus ?? 'applicant',
  };
  const pregnant = members.filter((m) => m.payload.pregnant).length;
  if (pregnant) facts.pregnantMembers = Math.min(pregnant, 4);
  if (earned) facts.earnedIncome = dollars(earned);
  if (unearned) facts.unearnedIncome = dollars(unearned);
  if (support) facts.childSupportReceived = dollars(support);
  return facts;
}

export function buildMedicaidFacts(ev: MonthEvidence, ctx: FactsContext): Record<string, unknown> {
  const members = ev.members.filter((m) => applies(m, 'medicaid'));
  const self = members.find((m) => m.payload.relationship === 'self');
  const spouse = members.find((m) => m.payload.relationship === 'spouse');
  return {
    state: ctx.state,
    people: members.map((m) => {
      const key = m.evidenceKey;
      const mine = (r: EvidenceRow) => r.payload.memberKey === key;
      const p: Record<string, unknown> = { id: key, age: ageOn(m.payload.dob, ctx.month) };
      if (m.payload.pregnant) p.pregnant = true;
      if (m.payload.medicare) p.medicare = true;
      if (m.payload.taxFiler) p.taxFiler = true;
      if (m.payload.claimedAsDependentByKey && members.some((x) => x.evidenceKey === m.payload.claimedAsDependentByKey)) p.claimedAsDependentBy = m.payload.claimedAsDependentByKey;
      // Assumption (stated in the README): a child under 19 of a tax-filing applicant is that applicant's dependent unless the evidence says otherwise.
      else if ((m.payload.relationship === 'child' || m.payload.relationship === 'stepchild') && self?.payload.taxFiler && (p.age as number) < 19) p.claimedAsDependentBy = self.evidenceKey;
      if (m === self && spouse) p.spouseId = spouse.evidenceKey;
      if (m === spouse && self) p.spouseId = self.evidenceKey;
      if ((m.payload.relationship === 'child' || m.payload.relationship === 'stepchild') && self) p.parentIds = [self.evidenceKey, ...(spouse ? [spouse.evidenceKey] : [])];
      const wages = sumCents(ev.items, (r) => mine(r) && r.kind === 'earned_income' && !r.payload.selfEmployment);
      const self_ = sumCents(ev.items, (r) => mine(r) && r.kind === 'earned_income' && r.payload.selfEmployment === true);
      const ss = sumCents(ev.items, (r) => mine(r) && r.kind === 'unearned_income' && r.payload.incomeType === 'social_security');
      // MAGI counts taxable income: SSI, TANF cash and child support received are not income for MAGI (42 CFR 435.603(e)).
      const other = sumCents(ev.items, (r) => mine(r) && r.kind === 'unearned_income' && ['unemployment', 'pension', 'interest', 'other'].includes(r.payload.incomeType));
      const income: Record<string, number> = {};
      if (wages) income.wages = dollars(wages);
      if (self_) income.selfEmployment = dollars(self_);
      if (ss) income.socialSecurity = dollars(ss);
      if (other) income.otherTaxable = dollars(other);
      if (Object.keys(income).length) p.income = income;
      return p;
    }),
  };
}

/** The facts for a program-month, or null when no member applies for the program in that month. */
export function buildFacts(rows: readonly EvidenceRow[], ctx: FactsContext): Record<string, unknown> | null {
  const ev = evidenceInForce(rows, ctx.month, ctx.knownAt);
  if (!ev.members.some((m) => applies(m, ctx.program))) return null;
  if (ctx.program === 'snap') return buildSnapFacts(ev, ctx);
  if (ctx.program === 'tanf') return buildTanfCoFacts(ev, ctx);
  return buildMedicaidFacts(ev, ctx);
}
