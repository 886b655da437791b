import { certificationMonths, PROGRAM_TITLES, type EligProgram } from './programs.js';
import { monthLabel, nextMonth, type Month } from './months.js';

export interface MonthResult {
  month: Month;
  eligible: boolean;
  amountCents: number | null;
  /** SNAP: every adult member is elderly or disabled (24-month certification). */
  allAdultsElderlyOrDisabled?: boolean;
}

export interface InitialOutcome {
  outcome: 'approve' | 'deny';
  certificationStart: Month | null;
  certificationEnd: Month | null;
  certificationCitation: string | null;
}

/**
 * An application is approved when the household is eligible in some evaluated month; the certification period
 * starts with the first eligible month and runs the program's length (programs.ts: certificationMonths).
 */
export function initialOutcome(program: EligProgram, results: readonly MonthResult[]): InitialOutcome {
  const first = results.find((r) => r.eligible);
  if (!first) return { outcome: 'deny', certificationStart: null, certificationEnd: null, certificationCitation: null };
  const { months, citation } = certificationMonths(program, Boolean(first.allAdultsElderlyOrDisabled));
  return { outcome: 'approve', certificationStart: first.month, certificationEnd: nextMonth(first.month, months - 1), certificationCitation: citation };
}

export function money(cents: number | null): string {
  if (cents === null) return '—';
  return `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
}

export function decisionSummary(program: EligProgram, outcome: string, results: readonly MonthResult[]): string {
  const title = PROGRAM_TITLES[program].en;
  const months = results.map((r) => `${monthLabel(r.month)}: ${r.eligible ? (r.amountCents === null ? 'eligible' : money(r.amountCents)) : 'not eligible'}`).join('; ');
  return `${title} — ${outcome}. ${months}`;
}
