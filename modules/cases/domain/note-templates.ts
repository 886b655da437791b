/** Contact-log entries: how the contact happened. */
export const CONTACT_TYPES = ['in_person', 'home_visit', 'phone', 'video', 'email', 'letter', 'text_message', 'collateral', 'court', 'other'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export interface NoteTemplate {
  code: string;
  name: string;
  contactType: ContactType;
  programCodes: string[] | 'all';
  narrative: string;
}

/** Starting text for common contacts; the worker replaces the bracketed parts. */
export const NOTE_TEMPLATES: readonly NoteTemplate[] = [
  {
    code: 'intake_interview',
    name: 'Intake interview',
    contactType: 'in_person',
    programCodes: 'all',
    narrative: 'Purpose: intake interview.\nPresent: [names].\nDiscussed: household composition, income, expenses, needs.\nVerification requested: [items, due date].\nNext steps: [actions, dates].',
  },
  {
    code: 'snap_interview',
    name: 'SNAP interview (7 CFR 273.2(e))',
    contactType: 'phone',
    programCodes: ['snap'],
    narrative: 'Interview type: [telephone / in person].\nApplicant identity confirmed by: [document].\nExpedited screen: [meets / does not meet].\nVerification notice sent: [date], due [date].\nRights and responsibilities explained.',
  },
  {
    code: 'home_visit',
    name: 'Home visit',
    contactType: 'home_visit',
    programCodes: ['child_welfare', 'general_services', 'work_program'],
    narrative: 'Address visited: [address].\nPresent: [names].\nObservations: [home conditions, safety].\nConcerns: [none / details].\nFollow-up: [actions, dates].',
  },
  {
    code: 'ncp_contact',
    name: 'Noncustodial parent contact',
    contactType: 'phone',
    programCodes: ['child_support'],
    narrative: 'Contact with: [name].\nEmployment/income reported: [details].\nAddress confirmed: [yes / no].\nAgreed: [payment arrangement, genetic testing, appearance].\nNext steps: [actions, dates].',
  },
  {
    code: 'collateral_contact',
    name: 'Collateral contact',
    contactType: 'collateral',
    programCodes: 'all',
    narrative: 'Collateral: [name, organization, relationship].\nInformation obtained: [details].\nConsent on file: [yes / no, date].',
  },
  {
    code: 'case_review',
    name: 'Case review / staffing',
    contactType: 'other',
    programCodes: 'all',
    narrative: 'Staffed with: [names].\nCurrent status: [summary].\nDecisions: [details].\nDeadlines: [dates].',
  },
];

export function findTemplate(code: string): NoteTemplate | undefined {
  return NOTE_TEMPLATES.find((t) => t.code === code);
}
