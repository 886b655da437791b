import type { PersonFlag } from './flags.js';
import type { RelationshipType } from './relationship-types.js';

export const SEXES = ['female', 'male', 'x', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const NAME_KINDS = ['alias', 'former', 'maiden', 'nickname'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const CONTACT_KINDS = ['phone', 'email', 'employer'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const ADDRESS_KINDS = ['residential', 'mailing'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export const HOUSEHOLD_ROLES = ['head', 'member'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** What any module may show about a person: no SSN beyond its last four, no contact details. */
export interface PersonSummary {
  id: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  dob: string | null;
  ssnLast4: string | null;
  sex: Sex;
  preferredLanguage: string;
  restricted: boolean;
  flags: PersonFlag[];
}

export interface PersonAlias {
  id: string;
  kind: NameKind;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
}

export interface PersonContact {
  id: string;
  kind: ContactKind;
  value: string;
  label: string | null;
  detail: string | null;
  isPrimary: boolean;
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonAddress {
  id: string;
  kind: AddressKind;
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
  county: string | null;
  fromDate: string;
  toDate: string | null;
}

/** A tie seen from this person's side: "<person> is my <type>". */
export interface PersonRelationship {
  id: string;
  type: RelationshipType;
  person: { id: string; name: string; restricted: boolean };
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonHousehold {
  householdId: string;
  name: string;
  role: HouseholdRole;
  fromDate: string;
  toDate: string | null;
}

export interface PersonDetail extends PersonSummary {
  aliases: PersonAlias[];
  contacts: PersonContact[];
  addresses: PersonAddress[];
  /** True when a family-violence flag hid the addresses from this viewer. */
  addressSuppressed: boolean;
  /** True when a family-violence flag hid employers from this viewer. */
  employerSuppressed: boolean;
  relationships: PersonRelationship[];
  households: PersonHousehold[];
  version: number;
  /** Set when this record was merged into another person: the surviving record's id. */
  mergedInto: string | null;
}

export interface HouseholdMemberView {
  person: PersonSummary;
  role: HouseholdRole;
  fromDate: string;
  toDate: string | null;
  endReason: string | null;
}

export interface HouseholdDetail {
  id: string;
  name: string;
  members: HouseholdMemberView[];
}
