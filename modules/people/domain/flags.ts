/** Confidentiality flags. Any one of them makes a person record restricted. */
export const PERSON_FLAGS = ['family_violence', 'sealed', 'employee_vip', 'federal_tax_info'] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];

export const PERSON_FLAG_LABELS: Record<PersonFlag, string> = {
  family_violence: 'Family-violence indicator',
  sealed: 'Sealed record',
  employee_vip: 'Agency employee or public figure',
  federal_tax_info: 'Holds federal tax information (IRS Pub. 1075)',
};

export function isRestricted(flags: readonly string[]): boolean {
  return flags.length > 0;
}

/** A family-violence flag suppresses address and employer for viewers outside the caseload. */
export function suppressesContact(flags: readonly string[]): boolean {
  return flags.includes('family_violence');
}

/** Flags in catalog order, without duplicates. */
export function normalizeFlags(flags: readonly PersonFlag[]): PersonFlag[] {
  return PERSON_FLAGS.filter((f) => flags.includes(f));
}
