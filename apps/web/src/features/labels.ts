import type { I18n } from '../i18n';

/** Labels for codes that arrive as data; unknown codes show as sent, with underscores spaced out. */
const pretty = (code: string) => code.replace(/_/g, ' ');

export const programLabel = (i: I18n, code: string) => i.tx(`program.${code}`, code.toUpperCase());
export const statusLabel = (i: I18n, code: string) => i.tx(`status.${code}`, pretty(code));
export const kindLabel = (i: I18n, code: string) => i.tx(`kind.${code}`, pretty(code));
export const roleLabel = (i: I18n, code: string) => i.tx(`role.${code}`, pretty(code));
export const flagLabel = (i: I18n, code: string) => i.tx(`flag.${code}`, pretty(code));
export const fieldLabel = (i: I18n, code: string) => i.tx(`field.${code}`, pretty(code));
export const agreementLabel = (i: I18n, code: string) => i.tx(`agreement.${code}`, pretty(code));
export const docTypeLabel = (i: I18n, code: string) => i.tx(`doctype.${code}`, pretty(code));

export const PROGRAM_CODES = ['snap', 'tanf', 'medicaid', 'child_support', 'child_welfare', 'work_program', 'general_services'] as const;

export function personName(p: { firstName: string; middleName?: string | null; lastName: string; suffix?: string | null }): string {
  return [p.firstName, p.middleName, p.lastName, p.suffix].filter(Boolean).join(' ');
}
