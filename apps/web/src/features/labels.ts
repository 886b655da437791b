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
export const contactLabel = (i: I18n, code: string) => i.tx(`contact.${code}`, pretty(code));
export const priorityLabel = (i: I18n, code: string) => i.tx(`priority.${code}`, pretty(code));
export const clockStateLabel = (i: I18n, code: string) => i.tx(`state.${code}`, i.tx(`status.${code}`, pretty(code)));
export const docTypeLabel = (i: I18n, code: string) => i.tx(`doctype.${code}`, pretty(code));

/** Enumerations from the server's domain modules (modules/cases/domain, modules/people/domain). */
export const PARTICIPANT_ROLES = ['household_member', 'spouse', 'child', 'caretaker', 'custodial_party', 'noncustodial_parent', 'alleged_father', 'payee', 'authorized_representative', 'foster_parent', 'other'] as const;
export const CONTACT_TYPES = ['in_person', 'home_visit', 'phone', 'video', 'email', 'letter', 'text_message', 'collateral', 'court', 'other'] as const;
export const DOCUMENT_TYPES = ['pay_stub', 'id', 'birth_certificate', 'ssn_card', 'lease', 'utility_bill', 'bank_statement', 'employment_verification', 'medical_record', 'school_record', 'court_order', 'trust', 'correspondence', 'signed_application', 'other'] as const;
export const CASE_STATUSES = ['intake', 'open', 'closed'] as const;
export const PROGRAM_CODES = ['snap', 'tanf', 'medicaid', 'child_support', 'child_welfare', 'work_program', 'general_services'] as const;

export function personName(p: { firstName: string; middleName?: string | null; lastName: string; suffix?: string | null }): string {
  return [p.firstName, p.middleName, p.lastName, p.suffix].filter(Boolean).join(' ');
}
