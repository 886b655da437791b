/**
 * Medicaid and CHIP MAGI eligibility for each person in a household (42 CFR 435.603).
 *
 * Household (435.603(f)): a tax filer not claimed by anyone — the filer, a spouse, and everyone they claim;
 * a tax dependent — the claimer's household, unless an exception of (f)(2) applies; non-filers and
 * exceptions — the person, spouse, children under 19 and, for a child, parents and siblings under 19.
 * A spouse living in the home is always included (f)(4). A pregnant woman counts as herself plus the
 * expected children in her own household (435.603(b)); others count her as one person.
 * Income (435.603(d)-(e)): the sum of each member's MAGI, leaving out a child's or dependent's income when
 * they are not expected to be required to file. Monthly income × 12 is compared with the state's standard
 * as a share of the current poverty guideline; the stored standards already include the 5-point disregard.
 */
import { type DateOnly } from '@hearth/kernel';
import { requireAt, type Dated } from '../../engine/params.js';
import { read, type Tracer } from '../../engine/trace.js';
import { toCents } from '../../engine/input.js';
import { annualGuideline, fpgRegionFor, guidelineOn } from '../../shared/fpg/fpg.js';
import { MEDICAID_THRESHOLDS, MISSOURI_PARENT_SCHEDULE } from './parameters/thresholds.generated.js';
import type { CoverageCategory, IncomeStandard } from './parameter-types.js';
import type { MagiPerson, MedicaidMagiInput } from './schema.js';

export interface PersonResult {
  id: string;
  householdMemberIds: string[];
  householdSize: number;
  householdIncomeCents: number;
  percentOfPoverty: number;
  eligibleCategories: CoverageCategory[];
  /** The first Medicaid category, else CHIP, else null. */
  coverage: CoverageCategory | null;
  program: 'medicaid' | 'chip' | null;
}

const MEDICAID_ORDER: CoverageCategory[] = ['pregnant', 'infant', 'child1to5', 'child6to18', 'youngAdult19to20', 'parent', 'adult'];
const CHIP: CoverageCategory[] = ['chipPregnant', 'chipUnbornChild', 'chipChild'];

export function personMagi(p: MagiPerson): number {
  const i = p.income;
  if (!i) return 0;
  return toCents(i.wages ?? 0) + toCents(i.selfEmployment ?? 0) + toCents(i.otherTaxable ?? 0) + toCents(i.socialSecurity ?? 0) +
    toCents(i.taxExemptInterest ?? 0) + toCents(i.foreignEarnedIncomeExcluded ?? 0) - toCents(i.adjustments ?? 0);
}

export function magiHousehold(people: readonly MagiPerson[], who: MagiPerson): Set<string> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const filerHousehold = (filer: MagiPerson): Set<string> => {
    const h = new Set<string>([filer.id]);
    const joint = filer.filesJointlyWith;
    if (joint && byId.has(joint)) h.add(joint);
    for (const p of people) if (p.claimedAsDependentBy === filer.id || (joint && p.claimedAsDependentBy === joint)) h.add(p.id);
    return h;
  };
  const nonFilerHousehold = (p: MagiPerson): Set<string> => {
    const h = new Set<string>([p.id]);
    if (p.spouseId && byId.has(p.spouseId)) h.add(p.spouseId);
    for (const q of people) if (q.age < 19 && q.parentIds?.includes(p.id)) h.add(q.id);
    if (p.age < 19) {
      for (const parent of p.parentIds ?? []) if (byId.has(parent)) h.add(parent);
      for (const q of people) if (q.id !== p.id && q.age < 19 && q.parentIds?.some((x) => p.parentIds?.includes(x))) h.add(q.id);
    }
    return h;
  };
  let h: Set<string>;
  const claimer = who.claimedAsDependentBy ? byId.get(who.claimedAsDependentBy) : undefined;
  if (who.claimedAsDependentBy) {
    const isChildOrSpouse = who.parentIds?.includes(who.claimedAsDependentBy) || who.spouseId === who.claimedAsDependentBy;
    const parents = (who.parentIds ?? []).filter((x) => byId.has(x));
    const parentsFileApart = parents.length === 2 && byId.get(parents[0]!)!.filesJointlyWith !== parents[1];
    // (f)(2) exceptions: not the claimer's child or spouse; child living with two parents who do not file jointly;
    // child claimed by a parent who does not live in the home.
    const exception = !claimer || !isChildOrSpouse || (who.age < 19 && parentsFileApart);
    h = exception ? nonFilerHousehold(who) : filerHousehold(claimer);
  } else if (who.taxFiler) {
    h = filerHousehold(who);
  } else {
    h = nonFilerHousehold(who);
  }
  if (who.spouseId && byId.has(who.spouseId)) h.add(who.spouseId);
  return h;
}

function caretaker(people: readonly MagiPerson[], p: MagiPerson): boolean {
  return p.caretakerRelative === true || people.some((q) => q.age < 18 && q.parentIds?.includes(p.id));
}

function categoriesByAge(p: MagiPerson, infantAgeBelow: number, isCaretaker: boolean): CoverageCategory[] {
  const c: CoverageCategory[] = [];
  if (p.pregnant) c.push('pregnant', 'chipPregnant', 'chipUnbornChild');
  if (p.age < infantAgeBelow) c.push('infant');
  else if (p.age <= 5) c.push('child1to5');
  else if (p.age <= 18) c.push('child6to18');
  if (p.age < 19) c.push('chipChild');
  if (p.age === 19 || p.age === 20) c.push('youngAdult19to20');
  if (isCaretaker && p.age >= 19) c.push('parent');
  if (p.age >= 19 && p.age <= 64 && !p.medicare && !p.pregnant) c.push('adult');
  return c;
}

export function computeMagi(f: MedicaidMagiInput, asOf: DateOnly, t: Tracer | undefined): { people: PersonResult[]; guidelineYear: number } {
  const state = MEDICAID_THRESHOLDS[f.state]!;
  const g = guidelineOn(fpgRegionFor(f.state), asOf);
  const byId = new Map(f.people.map((p) => [p.id, p]));
  const results: PersonResult[] = [];
  for (const p of [...f.people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const members = [...magiHousehold(f.people, p)].sort();
    let size = 0;
    let income = 0;
    for (const id of members) {
      const m = byId.get(id)!;
      size += id === p.id && m.pregnant ? 1 + (m.expectedChildren ?? 1) : 1;
      const childOrDependent = m.claimedAsDependentBy !== undefined || (m.age < 19 && (m.parentIds ?? []).some((x) => members.includes(x)));
      if (!childOrDependent || m.requiredToFile) income += personMagi(m);
    }
    income = Math.max(0, income);
    const annualPoverty = annualGuideline(g.value, size);
    const percentOfPoverty = Math.round((income * 12 * 10_000) / annualPoverty) / 100;
    t?.step(`household.${p.id}`, members.join(', '), 'text', '42 CFR 435.603(f)', ['people']);
    t?.step(`householdSize.${p.id}`, size, 'count', '42 CFR 435.603(b), (f)', [`household.${p.id}`]);
    t?.step(`householdIncome.${p.id}`, income, 'cents', '42 CFR 435.603(d)-(e)', [`household.${p.id}`]);
    t?.step(`percentOfPoverty.${p.id}`, percentOfPoverty, 'ratio', '42 CFR 435.603(h); 435.4 (FPL)', [`householdIncome.${p.id}`, `householdSize.${p.id}`], [read('povertyGuideline', g, 'cents', annualPoverty)]);

    const isCaretaker = caretaker(f.people, p);
    const eligible: CoverageCategory[] = [];
    for (const cat of categoriesByAge(p, state.infantAgeBelow, isCaretaker)) {
      const e: Dated<IncomeStandard> | undefined = requireAt(state.limits[cat], asOf, `${cat} income standard`);
      if (e.value === 'not_covered') continue;
      let ok: boolean;
      if (cat === 'parent' && f.state === 'MO') {
        // Missouri tests parents against a frozen-dollar monthly schedule (MO HealthNet for Families).
        const sched = requireAt(MISSOURI_PARENT_SCHEDULE.bySize, asOf, 'Missouri parent schedule');
        const above = requireAt(MISSOURI_PARENT_SCHEDULE.eachAbove22, asOf, 'Missouri parent schedule');
        const limit = size <= sched.value.length ? sched.value[size - 1]! : sched.value[sched.value.length - 1]! + (size - sched.value.length) * above.value;
        ok = income <= limit;
        t?.step(`test.${p.id}.${cat}`, ok, 'boolean', 'Missouri DSS Manual 1810.020.10', [`householdIncome.${p.id}`], [read('missouriParentLimit', sched, 'cents', limit)]);
      } else {
        ok = income * 12 * 10_000 <= e.value * annualPoverty;
        t?.step(`test.${p.id}.${cat}`, ok, 'boolean', e.citation, [`percentOfPoverty.${p.id}`], [read(`limit.${cat}`, e, 'bp')]);
      }
      if (ok) eligible.push(cat);
    }
    const medicaid = MEDICAID_ORDER.find((c) => eligible.includes(c));
    const chip = CHIP.find((c) => eligible.includes(c));
    const coverage = medicaid ?? chip ?? null;
    results.push({
      id: p.id,
      householdMemberIds: members,
      householdSize: size,
      householdIncomeCents: income,
      percentOfPoverty,
      eligibleCategories: eligible,
      coverage,
      program: medicaid ? 'medicaid' : chip ? 'chip' : null,
    });
  }
  return { people: results, guidelineYear: g.value.year };
}
