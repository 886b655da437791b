import { addMonths, addDays, type DateOnly } from '@hearth/kernel';
import type { EligProgram } from './programs.js';
import type { Month } from './months.js';

export interface RenewalWindow {
  /** The day the renewal is raised (notice, task, clock). */
  raiseOn: DateOnly;
  /** A renewal filed by this day is timely. */
  fileBy: DateOnly;
  citation: string;
  /** A clock type started when the renewal is raised, if the program has one. */
  clock: string | null;
}

/**
 * SNAP: the notice of expiration goes out before the first day of the last certification month and not before the
 * first day of the month before it; a renewal filed by the 15th of the last month is timely (7 CFR 273.14(b)(1), (c)).
 * Medicaid: a renewal form with at least 30 days to return it (42 CFR 435.916(a)(3)(i)(B)) — raised in the month before
 * the last. Colorado Works: the same window as SNAP (the rule text for its redetermination notice was not found).
 */
export function renewalWindow(program: EligProgram, lastMonth: Month): RenewalWindow {
  const raiseOn = addMonths(lastMonth, -1);
  if (program === 'medicaid') return { raiseOn, fileBy: addDays(raiseOn, 30), citation: '42 CFR 435.916(a)(3)', clock: 'medicaid_renewal_30' };
  const fileBy = addDays(lastMonth, 14);
  if (program === 'snap') return { raiseOn, fileBy, citation: '7 CFR 273.14(b)(1), (c)(1)', clock: null };
  return { raiseOn, fileBy, citation: '9 CCR 2503-6 §3.606.1.E (6-month certification; notice rule not found)', clock: null };
}
