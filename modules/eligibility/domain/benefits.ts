import { addDays, type DateOnly } from '@hearth/kernel';
import { monthOf, nextMonth, type Month } from './months.js';

/** Advance notice before an adverse action takes effect: 10 days (7 CFR 273.13(a)(1); 42 CFR 431.211). */
export const ADVANCE_NOTICE_DAYS = 10;
export const ADVANCE_NOTICE_CITATION = '7 CFR 273.13(a)(1); 7 CFR 273.12(c)(2); 42 CFR 431.211';
/** A household reports a change within 10 days (7 CFR 273.12(a)(2)). */
export const REPORTING_DAYS = 10;

/**
 * The first month a decrease may take effect when the notice of adverse action goes out on `noticeDate`:
 * the month after the month in which the 10-day notice period expires (7 CFR 273.12(c)(2)(i)).
 */
export function adverseEffectiveMonth(noticeDate: DateOnly): Month {
  return nextMonth(monthOf(addDays(noticeDate, ADVANCE_NOTICE_DAYS)));
}

export interface MonthComparison {
  month: Month;
  /** The amount the household was entitled to before the change (latest approved), cents; null when none. */
  oldCents: number | null;
  newCents: number;
  /** Issued for the month so far (issuances + supplements), cents; null when nothing was issued yet. */
  paidCents: number | null;
}

export type MonthAction =
  | { month: Month; action: 'supplement'; amountCents: number }
  | { month: Month; action: 'overissued'; amountCents: number }
  | { month: Month; action: 'issue_new' | 'keep_old_until_notice' | 'no_change'; amountCents: number };

export interface ChangePlan {
  adverse: boolean;
  /** Months from which the new amounts govern issuance. */
  effectiveMonth: Month;
  /** For adverse changes: the earliest date the reduction may take effect. */
  noticePeriodEndsOn: DateOnly | null;
  months: MonthAction[];
  supplementCents: number;
  overissuedCents: number;
}

/**
 * What approving a recomputation means, month by month:
 * - a month already issued with a higher correct amount gets a supplement for the difference (273.12(c)(1));
 * - a month already issued with a lower correct amount is an over-issuance only from the month the change would
 *   have taken effect had it been reported on time (10 days to report, then 10 days' notice; 273.18(c)(1)(ii));
 * - a decrease for months not yet issued waits for the advance-notice period (273.13(a)); an increase applies at once.
 */
export function planChange(rows: readonly MonthComparison[], o: { changeEffectiveOn: DateOnly; noticeDate: DateOnly }): ChangePlan {
  const changeMonth = monthOf(o.changeEffectiveOn);
  const decreasesAhead = rows.some((r) => r.paidCents === null && r.oldCents !== null && r.newCents < r.oldCents);
  const adverse = decreasesAhead;
  const effectiveMonth = adverse ? adverseEffectiveMonth(o.noticeDate) : changeMonth;
  const overissuedFrom = adverseEffectiveMonth(addDays(o.changeEffectiveOn, REPORTING_DAYS));
  let supplementCents = 0;
  let overissuedCents = 0;
  const months: MonthAction[] = rows.map((r) => {
    if (r.paidCents !== null) {
      if (r.newCents > r.paidCents && r.month >= changeMonth) {
        supplementCents += r.newCents - r.paidCents;
        return { month: r.month, action: 'supplement', amountCents: r.newCents - r.paidCents };
      }
      if (r.newCents < r.paidCents && r.month >= overissuedFrom) {
        overissuedCents += r.paidCents - r.newCents;
        return { month: r.month, action: 'overissued', amountCents: r.paidCents - r.newCents };
      }
      return { month: r.month, action: 'no_change', amountCents: 0 };
    }
    if (r.month < effectiveMonth && r.oldCents !== null) return { month: r.month, action: 'keep_old_until_notice', amountCents: r.oldCents };
    return { month: r.month, action: r.oldCents === r.newCents ? 'no_change' : 'issue_new', amountCents: r.newCents };
  });
  return { adverse, effectiveMonth, noticePeriodEndsOn: adverse ? addDays(o.noticeDate, ADVANCE_NOTICE_DAYS) : null, months, supplementCents, overissuedCents };
}

/** Claim collection by allotment reduction (7 CFR 273.18(g)(1)): IPV the greater of $20 or 20%; IHE/AE the greater of $10 or 10%. */
export function recoupmentCents(allotmentCents: number, claimType: 'IHE' | 'AE' | 'IPV', balanceCents: number): number {
  if (balanceCents <= 0 || allotmentCents <= 0) return 0;
  const amount = claimType === 'IPV' ? Math.max(2000, Math.floor(allotmentCents / 5)) : Math.max(1000, Math.floor(allotmentCents / 10));
  return Math.min(amount, balanceCents, allotmentCents);
}

export interface GoverningCandidate {
  benefitMonth: Month;
  amountCents: number | null;
  eligible: boolean | null;
  /** The decision's effective month (a decrease waits for its notice period); null = all its months. */
  effectiveMonth: Month | null;
  approvedAt: string;
  id: string;
}

/**
 * The determination that sets a month's benefit: among approved determinations for that month or earlier (a
 * decision's amounts carry forward through the certification period until a later one replaces them), and not before
 * their decision's effective month, the latest month; ties go to the most recently approved decision.
 */
export function governingFor(month: Month, candidates: readonly GoverningCandidate[]): GoverningCandidate | null {
  let best: GoverningCandidate | null = null;
  for (const c of candidates) {
    if (c.benefitMonth > month) continue;
    if (c.effectiveMonth && month < c.effectiveMonth) continue;
    if (c.effectiveMonth && c.benefitMonth < c.effectiveMonth) continue;
    if (!best || c.benefitMonth > best.benefitMonth || (c.benefitMonth === best.benefitMonth && c.approvedAt > best.approvedAt)) best = c;
  }
  return best;
}
