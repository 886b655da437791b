import { z } from 'zod';
import { PERSON_FLAGS } from '../domain/flags.js';
import {
  addressInput,
  aliasInput,
  breakGlassInput,
  contactInput,
  createHouseholdInput,
  endMembershipInput,
  householdMemberInput,
  registerPersonInput,
  relationshipInput,
  relationshipTypeSchema,
  searchQuerystringInput,
  setFlagsInput,
  updatePersonInput,
} from '../domain/inputs.js';
import { ADDRESS_KINDS, CONTACT_KINDS, HOUSEHOLD_ROLES, NAME_KINDS, SEXES } from '../domain/person.js';

/** Request and response shapes of the people routes (and so of the OpenAPI document). */

export const idParams = z.object({ id: z.uuid() });
export const householdMemberParams = z.object({ id: z.uuid(), personId: z.uuid() });

export const searchQuerystring = searchQuerystringInput;

export const bodies = {
  register: registerPersonInput,
  update: updatePersonInput,
  alias: aliasInput,
  contact: contactInput,
  address: addressInput,
  relationship: relationshipInput,
  flags: setFlagsInput,
  breakGlass: breakGlassInput,
  createHousehold: createHouseholdInput,
  householdMember: householdMemberInput,
  endMembership: endMembershipInput,
};

const nullableString = z.string().nullable();

export const personSummarySchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  middleName: nullableString,
  lastName: z.string(),
  suffix: nullableString,
  dob: nullableString,
  ssnLast4: nullableString,
  sex: z.enum(SEXES),
  preferredLanguage: z.string(),
  restricted: z.boolean(),
  flags: z.array(z.enum(PERSON_FLAGS)),
});

export const personDetailSchema = personSummarySchema.extend({
  aliases: z.array(z.object({ id: z.uuid(), kind: z.enum(NAME_KINDS), firstName: z.string(), middleName: nullableString, lastName: z.string(), suffix: nullableString })),
  contacts: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(CONTACT_KINDS),
      value: z.string(),
      label: nullableString,
      detail: nullableString,
      isPrimary: z.boolean(),
      fromDate: nullableString,
      toDate: nullableString,
    }),
  ),
  addresses: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(ADDRESS_KINDS),
      line1: z.string(),
      line2: nullableString,
      city: z.string(),
      state: z.string(),
      postalCode: z.string(),
      county: nullableString,
      fromDate: z.string(),
      toDate: nullableString,
    }),
  ),
  addressSuppressed: z.boolean(),
  employerSuppressed: z.boolean(),
  relationships: z.array(
    z.object({
      id: z.uuid(),
      type: relationshipTypeSchema,
      person: z.object({ id: z.uuid(), name: z.string(), restricted: z.boolean() }),
      fromDate: nullableString,
      toDate: nullableString,
    }),
  ),
  households: z.array(z.object({ householdId: z.uuid(), name: z.string(), role: z.enum(HOUSEHOLD_ROLES), fromDate: z.string(), toDate: nullableString })),
  version: z.number().int(),
  /** Set when this record was merged into another person: open that one instead. */
  mergedInto: z.uuid().nullable(),
});

export const searchResponseSchema = z.object({
  results: z.array(
    z.object({
      person: personSummarySchema,
      score: z.number(),
      reasons: z.array(z.object({ field: z.enum(['name', 'alias', 'dob', 'ssnLast4']), agreement: z.enum(['exact', 'close', 'partial', 'swapped', 'different', 'missing']) })),
      /** The linkage scorer's explanation: match probability, weight (bits) and each field's agreement level. */
      match: z
        .object({
          probability: z.number(),
          weight: z.number(),
          comparisons: z.array(z.object({ field: z.string(), level: z.string(), weight: z.number(), explanation: z.string() })),
        })
        .optional(),
    }),
  ),
});

export const householdDetailSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  members: z.array(z.object({ person: personSummarySchema, role: z.enum(HOUSEHOLD_ROLES), fromDate: z.string(), toDate: nullableString, endReason: nullableString })),
});

export const breakGlassResponseSchema = z.object({ personId: z.uuid(), expiresAt: z.string() });
