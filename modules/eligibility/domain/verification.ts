import { addDays, maxDate, type DateOnly } from '@hearth/kernel';
import type { EligProgram } from './programs.js';

/** A household has at least 10 days to provide verification (7 CFR 273.2(f), (h)(1)(i)(C)). */
export const MIN_RESPONSE_DAYS = 10;
export const MIN_RESPONSE_CITATION = '7 CFR 273.2(f), 273.2(h)(1)(i)(C)';

export function defaultDueDate(requestedOn: DateOnly): DateOnly {
  return addDays(requestedOn, MIN_RESPONSE_DAYS);
}

export interface ProceduralDenial {
  reasonCode: 'VERIFICATION_NOT_PROVIDED';
  citation: string;
  /** The denial may not be sent before this date. */
  earliestOn: DateOnly;
  text: { en: string; es: string };
}

/**
 * The denial the rules require when requested proof did not arrive by its due date:
 * SNAP — the household is at fault for the delay when given 10 days; the denial comes no earlier than day 30
 * (7 CFR 273.2(g)(3), (h)(1)(i)(C)); Medicaid — only after the agency asked and gave a reasonable period
 * (42 CFR 435.952(c)(2)); Colorado Works — verification is required before payment (9 CCR 2503-6 §3.604.1.C).
 */
export function proceduralDenial(program: EligProgram, filedOn: DateOnly, dueOn: DateOnly, item: string): ProceduralDenial {
  const afterDue = addDays(dueOn, 1);
  if (program === 'snap') {
    return {
      reasonCode: 'VERIFICATION_NOT_PROVIDED', citation: '7 CFR 273.2(g)(3), 273.2(h)(1)(i)(C)', earliestOn: maxDate(afterDue, addDays(filedOn, 30)),
      text: { en: `We asked for proof of ${item} by ${dueOn} and did not receive it (7 CFR 273.2(h)(1)(i)(C)).`, es: `Pedimos comprobante de ${item} para el ${dueOn} y no lo recibimos (7 CFR 273.2(h)(1)(i)(C)).` },
    };
  }
  if (program === 'medicaid') {
    return {
      reasonCode: 'VERIFICATION_NOT_PROVIDED', citation: '42 CFR 435.952(c)(2)', earliestOn: afterDue,
      text: { en: `We asked for proof of ${item} by ${dueOn} and did not receive it (42 CFR 435.952).`, es: `Pedimos comprobante de ${item} para el ${dueOn} y no lo recibimos (42 CFR 435.952).` },
    };
  }
  return {
    reasonCode: 'VERIFICATION_NOT_PROVIDED', citation: '9 CCR 2503-6 §3.604.1.C', earliestOn: afterDue,
    text: { en: `We asked for proof of ${item} by ${dueOn} and did not receive it (9 CCR 2503-6 §3.604.1.C).`, es: `Pedimos comprobante de ${item} para el ${dueOn} y no lo recibimos (9 CCR 2503-6 §3.604.1.C).` },
  };
}
