/** The programs a case can belong to (kept in step with identity's PROGRAMS and the case table's CHECK). */
export const CASE_PROGRAMS = ['snap', 'tanf', 'medicaid', 'child_support', 'child_welfare', 'work_program', 'general_services'] as const;
export type CaseProgram = (typeof CASE_PROGRAMS)[number];

/** Roles a person can hold on a case. */
export const PARTICIPANT_ROLES = [
  'primary',
  'household_member',
  'spouse',
  'child',
  'caretaker',
  'custodial_party',
  'noncustodial_parent',
  'alleged_father',
  'payee',
  'authorized_representative',
  'foster_parent',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Confidentiality flags; a case with any of them is restricted. */
export const CONFIDENTIALITY_FLAGS = ['family_violence', 'sealed', 'employee_vip', 'fti'] as const;
export type ConfidentialityFlag = (typeof CONFIDENTIALITY_FLAGS)[number];

export function isRestricted(flags: readonly string[]): boolean {
  return flags.length > 0;
}
